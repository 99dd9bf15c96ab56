set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 4 0
1 2 3.2619 3
1 3 2.12038 3
1 4 0.929516 3
2 2 1.90997 4
2 3 2.16518 4
2 4 2.76839 4
3 2 1.30843 2
3 3 2.61075 2
3 4 2.7335 2
4 5 3.44325 7
4 6 2.03568 7
5 5 2.03568 5
5 6 3.44325 5
6 7 4 6
7 8 4 1
EOD
$centres << EOD
0 1 1 1
1 2 2 4
2 3 2 4
3 3 2 4
4 5 5 6
5 6 5 6
6 7 7 7
7 8 8 8
EOD
set xrange [-0.6:7.6]
set yrange [8.6:0.4]
set xtics ("atlas" 0, "unet_style" 1, "sam_decoder" 2, "unet" 3, "causal_sam_llm +1 round" 4, "causal_sam_llm" 5, "zeus" 6, "intensity" 7) scale 0 rotate by 30 right
set ytics 1
set title "xmod_chaost2_to_btcvct"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000')
set cbrange [0:6]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
