set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 3.05941 6
0 2 2.51078 6
0 3 0.536656 6
0 4 0.219089 6
1 1 2.51078 7
1 2 2.55186 7
1 3 1.60997 7
1 4 0.769415 7
2 1 0.473286 4
2 2 1.67332 4
2 3 3.03315 4
2 4 1.94319 4
3 1 0.334664 5
3 2 0.619677 5
3 3 1.9799 5
3 4 3.40353 5
4 5 4 2
5 6 4 3
6 7 4 0
7 8 4 1
EOD
$centres << EOD
0 1 1 2
1 2 1 4
2 3 2 4
3 4 2 4
4 5 5 5
5 6 6 6
6 7 7 7
7 8 8 8
EOD
set xrange [-0.6:7.6]
set yrange [8.6:0.4]
set xtics ("zeus" 0, "causal_sam_llm +1 round" 1, "sam_decoder" 2, "causal_sam_llm" 3, "unet" 4, "unet_style" 5, "atlas" 6, "intensity" 7) scale 0 rotate by 30 right
set ytics 1
set title "xscan_amos_ct_aquilion"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000', 7 '#882255', 8 '#999933', 9 '#332288')
set cbrange [0:9]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
