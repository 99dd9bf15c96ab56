set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 4 2
1 2 4 6
2 3 4 3
3 4 4 0
4 5 4 4
5 6 4 7
6 7 4 5
7 8 4 1
EOD
$centres << EOD
0 1 1 1
1 2 2 2
2 3 3 3
3 4 4 4
4 5 5 5
5 6 6 6
6 7 7 7
7 8 8 8
EOD
set xrange [-0.6:7.6]
set yrange [8.6:0.4]
set xtics ("unet" 0, "zeus" 1, "unet_style" 2, "atlas" 3, "sam_decoder" 4, "causal_sam_llm +1 round" 5, "causal_sam_llm" 6, "intensity" 7) scale 0 rotate by 30 right
set ytics 1
set title "fewshot5_btcvct_to_chaost2"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000', 7 '#882255', 8 '#999933', 9 '#332288')
set cbrange [0:9]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
