set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 4 0
1 2 4 3
2 3 3.01463 4
2 4 2.62907 4
3 3 2.62907 5
3 4 3.01198 5
3 5 0.126491 5
4 5 3.35619 6
4 6 2.14663 6
4 7 0.357771 6
5 4 0.126491 2
5 5 2.13167 2
5 6 3.29606 2
5 7 0.758947 2
6 5 0.419524 7
6 6 0.726636 7
6 7 3.91101 7
7 8 4 1
EOD
$centres << EOD
0 1 1 1
1 2 2 2
2 3 3 4
3 4 3 4
4 5 5 6
5 6 5 7
6 7 6 7
7 8 8 8
EOD
set xrange [-0.6:7.6]
set yrange [8.6:0.4]
set xtics ("atlas" 0, "unet_style" 1, "sam_decoder" 2, "causal_sam_llm" 3, "zeus" 4, "unet" 5, "causal_sam_llm +1 round" 6, "intensity" 7) scale 0 rotate by 30 right
set ytics 1
set title "xmod_chaost2_to_btcvct"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000', 7 '#882255', 8 '#999933', 9 '#332288')
set cbrange [0:9]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
