set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$points8 << EOD
6.64798 3.32403
18.1749 2.21629
19.0782 1.80913
2.07836 0.208229
0 0
0 0
0.957077 0.319105
0 0
0 0
10.8741 2.72025
42.7692 8.1239
41.704 11.802
1.7874 1.7874
12.1379 12.1379
6.25787 6.25787
27.9272 2.84615
69.3333 4.52525
63.1253 6.03802
EOD
set xlabel 'Dice (%)'
set ylabel 'Lesion-wise Dice (%)'
set xrange [-2:102]
set yrange [-2:102]
set size ratio -1
set grid xtics ytics
set key outside top center horizontal samplen 1
plot x with lines dt 2 lc rgb '#999999' notitle, $points8 using 1:2 with points pt 7 ps 0.8 lc rgb '#999933' title "sam_box"

