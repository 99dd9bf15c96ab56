set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$points8 << EOD
6.64798 40.4722
18.1749 45.9157
19.0782 43.5478
2.07836 45.0999
0.957077 40.3887
0 36.3127
10.8741 15.2971
42.7692 20.4655
41.704 20.0125
1.7874 28.0584
12.1379 12.4509
6.25787 15.2971
27.9272 14.2302
69.3333 26.6118
63.1253 24.2077
EOD
set xlabel 'Dice (%)'
set ylabel 'HD95 (mm)'
set xrange [-2:100]
set yrange [0:*]
set grid xtics
set key outside top center horizontal samplen 1
plot $points8 using 1:2 with points pt 7 ps 0.8 lc rgb '#999933' title "sam_box"

