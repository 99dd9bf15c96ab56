set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 3.95171 7
0 2 0.60663 7
0 3 0.126491 7
1 1 0.579655 5
1 2 3.94968 5
1 3 0.252982 5
2 3 3.34186 4
2 4 2.19818 4
3 1 0.219089 2
3 2 0.178885 2
3 3 2.17991 2
3 4 3.33946 2
3 5 0.126491 2
4 4 0.126491 6
4 5 3.40118 6
4 6 2.10143 6
5 5 2.10143 3
5 6 3.03579 3
5 7 1.53362 3
5 8 0.126491 3
6 6 1.53883 0
6 7 3.69215 0
7 7 0.126491 1
7 8 3.998 1
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
set xtics ("causal_sam_llm +1 round" 0, "causal_sam_llm" 1, "sam_decoder" 2, "unet" 3, "zeus" 4, "unet_style" 5, "atlas" 6, "intensity" 7) scale 0 rotate by 30 right
set ytics 1
set title "xsite_btcv_to_amosct"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000')
set cbrange [0:6]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
