set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 2.93121 7
0 2 2.17256 7
0 3 1.63951 7
1 1 2.70998 2
1 2 1.48054 2
1 3 1.19331 2
1 4 2.24499 2
2 2 2.33238 5
2 3 1.77539 5
2 4 2.72176 5
3 1 0.252982 4
3 2 1.90997 4
3 3 2.95567 4
3 4 1.88468 4
4 5 3.75659 3
4 6 1.37405 3
5 5 1.37405 6
5 6 3.75659 6
6 7 4 0
7 8 4 1
EOD
$centres << EOD
0 1 1 3
1 2 1 4
2 3 2 4
3 3 2 4
4 5 5 6
5 6 5 6
6 7 7 7
7 8 8 8
EOD
set xrange [-0.6:7.6]
set yrange [8.6:0.4]
set xtics ("causal_sam_llm +1 round" 0, "unet" 1, "causal_sam_llm" 2, "sam_decoder" 3, "unet_style" 4, "zeus" 5, "atlas" 6, "intensity" 7) scale 0 rotate by 30 right
set ytics 1
set title "xscan_amos_ct_aquilion"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000')
set cbrange [0:6]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
