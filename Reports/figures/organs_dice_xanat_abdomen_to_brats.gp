set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
0 8.37869 2.41771 17.2304
1 23.7359 6.05831 46.847
2 21.6942 4.22268 42.9368
EOD
set boxwidth 0.7200000000000001 absolute
set xrange [-0.6:2.6]
set xtics ("whole tumour" 0, "tumour core" 1, "enhancing tumour region" 2) scale 0 
set ylabel "Mean Dice (%) ↑"
set yrange [0:105]
set key outside right top vertical Left reverse samplen 1.5
plot $bars0 using 1:2 with boxes fs solid 0.75 lc rgb '#999933' title "sam_box", \
     $bars0 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
