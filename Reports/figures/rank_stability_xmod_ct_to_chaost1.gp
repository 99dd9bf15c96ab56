set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 4 0
1 2 3.98999 3
1 3 0.282843 3
2 2 0.219089 5
2 3 2.83972 5
2 4 2.44295 5
2 5 1.38564 5
3 3 2.40333 6
3 4 2.87889 6
3 5 1.3914 6
4 5 3.14706 4
4 6 2.46901 4
5 2 0.178885 2
5 3 1.44222 2
5 4 1.32061 2
5 5 1.49666 2
5 6 3.14706 2
6 7 4 1
EOD
$centres << EOD
0 1 1 1
1 2 2 2
2 3 3 5
3 4 3 5
4 5 5 6
5 6 3 6
6 7 7 7
EOD
set xrange [-0.6:6.6]
set yrange [7.6:0.4]
set xtics ("atlas" 0, "sam_decoder" 1, "zeus" 2, "causal_sam_llm +1 round" 3, "causal_sam_llm" 4, "unet" 5, "intensity" 6) scale 0 rotate by 30 right
set ytics 1
set title "xmod_ct_to_chaost1"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000')
set cbrange [0:6]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
