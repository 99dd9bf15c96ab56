set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 3.77147 4
0 2 1.32665 4
0 3 0.126491 4
1 1 1.14543 6
1 2 2.92848 6
1 3 2.14663 6
1 4 1.06583 6
1 5 0.60663 6
2 1 0.505964 5
2 2 2.17624 5
2 3 3.18245 5
2 4 0.769415 5
2 5 0.536656 5
3 1 0.282843 7
3 2 0.809938 7
3 3 0.963328 7
3 4 3.48482 7
3 5 1.48054 7
4 1 0.357771 2
4 2 0.521536 2
4 3 0.565685 2
4 4 1.45877 2
4 5 3.62657 2
5 6 4 3
6 7 4 0
7 8 4 1
EOD
$centres << EOD
0 1 1 2
1 2 1 4
2 3 2 4
3 4 2 5
4 5 2.975 5
5 6 6 6
6 7 7 7
7 8 8 8
EOD
set xrange [-0.6:7.6]
set yrange [8.6:0.4]
set xtics ("sam_decoder" 0, "zeus" 1, "causal_sam_llm" 2, "causal_sam_llm +1 round" 3, "unet" 4, "unet_style" 5, "atlas" 6, "intensity" 7) scale 0 rotate by 30 right
set ytics 1
set title "xsite_btcv_to_amosct"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000', 7 '#882255', 8 '#999933', 9 '#332288')
set cbrange [0:9]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
