set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$scatter7 << EOD
68.2102 18.3098
44.8765 14.151
42.2769 14.0712
38.3583 25.5441
52.8892 13.8293
20.2145 14.151
10.252 12.9035
EOD
set xlabel 'Dice (%)'
set ylabel 'HD95 (mm)'
set xrange [-2:100]
set yrange [0:*]
set grid xtics
set key outside top center horizontal samplen 1
plot $scatter7 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' title "sam_box"
