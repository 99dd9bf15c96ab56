set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 4 0
1 2 3.89667 2
1 3 0.903327 2
2 2 0.903327 7
2 3 3.71591 7
2 4 1.11714 7
2 6 0.357771 7
3 3 1.17303 1
3 4 3.82413 1
4 4 0.357771 3
4 5 3.98397 3
5 5 0.357771 5
5 6 3.97593 5
5 7 0.252982 5
6 7 3.83458 4
6 8 1.13842 4
7 6 0.252982 6
7 7 1.10995 6
7 8 3.83458 6
EOD
$centres << EOD
0 1 1 1
1 2 2 3
2 3 2 4
3 4 3 4
4 5 5 5
5 6 6 6
6 7 7 8
7 8 7 8
EOD
set xrange [-0.6:7.6]
set yrange [8.6:0.4]
set xtics ("atlas" 0, "unet" 1, "causal_sam_llm +1 round" 2, "intensity" 3, "unet_style" 4, "causal_sam_llm" 5, "sam_decoder" 6, "zeus" 7) scale 0 rotate by 30 right
set ytics 1
set title "xmod_amosct_to_amosmr"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000', 7 '#882255', 8 '#999933', 9 '#332288')
set cbrange [0:9]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
