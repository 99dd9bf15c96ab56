set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 4 0
1 2 3.92938 3
1 3 0.726636 3
1 4 0.126491 3
1 6 0.126491 3
2 3 3.15468 5
2 4 2.45927 5
3 4 2.74226 7
3 5 2.88721 7
3 6 0.379473 7
4 2 0.748331 6
4 3 2.34606 6
4 4 1.15931 6
4 5 1.35647 6
4 6 2.49479 6
4 7 0.726636 6
5 4 1.03537 4
5 5 2.4133 4
5 6 3.01728 4
6 3 0.126491 2
6 6 0.715542 2
6 7 3.93345 2
7 8 4 1
EOD
$centres << EOD
0 1 1 1
1 2 2 3
2 3 3 4
3 5 4 5
4 5 2 7
5 6 4 6
6 7 6 7
7 8 8 8
EOD
set xrange [-0.6:7.6]
set yrange [8.6:0.4]
set xtics ("atlas" 0, "unet_style" 1, "causal_sam_llm" 2, "causal_sam_llm +1 round" 3, "zeus" 4, "sam_decoder" 5, "unet" 6, "intensity" 7) scale 0 rotate by 30 right
set ytics 1
set title "xmod_btcvct_to_chaost2"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000')
set cbrange [0:6]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
