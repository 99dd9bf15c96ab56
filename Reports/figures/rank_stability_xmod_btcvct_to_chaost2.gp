set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 4 0
1 2 4 3
2 3 4 4
3 4 3.89667 6
3 5 0.903327 6
4 4 0.903327 5
4 5 3.89667 5
5 6 4 2
6 7 4 1
EOD
$centres << EOD
0 1 1 1
1 2 2 2
2 3 3 3
3 4 4 5
4 5 4 5
5 6 6 6
6 7 7 7
EOD
set xrange [-0.6:6.6]
set yrange [7.6:0.4]
set xtics ("atlas" 0, "sam_decoder" 1, "causal_sam_llm" 2, "causal_sam_llm +1 round" 3, "zeus" 4, "unet" 5, "intensity" 6) scale 0 rotate by 30 right
set ytics 1
set title "xmod_btcvct_to_chaost2"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000')
set cbrange [0:6]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
