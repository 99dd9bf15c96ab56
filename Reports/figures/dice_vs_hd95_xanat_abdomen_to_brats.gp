set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$scatter7 << EOD
68.1045 18.4932
44.4458 14.543
41.8729 14.543
38.6356 26.2821
53.1008 13.5
19.9324 15.9452
19.1537 10.6066
EOD
set xlabel 'Dice (%)'
set ylabel 'HD95 (mm)'
set xrange [-2:100]
set yrange [0:*]
set grid xtics
set key outside top center horizontal samplen 1
plot $scatter7 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' title "sam_box"
