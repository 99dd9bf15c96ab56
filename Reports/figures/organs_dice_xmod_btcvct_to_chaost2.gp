set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.342857 78.83 76.1036 81.7346
0.657143 66.7977 59.7737 74.0591
1.65714 48.9281 39.2114 58.5812
2.65714 70.5087 65.8766 75.1557
EOD
$bars1 << EOD
-0.228571 0 0 0
0.771429 0 0 0
1.77143 0 0 0
2.77143 0 0 0
EOD
set label '0' at first -0.2286, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 0.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 1.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 2.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.114286 28.8678 18.4141 36.7448
0.885714 34.5311 29.2534 39.2495
1.88571 4.45235 3.98193 4.9243
2.88571 4.22041 2.11646 6.66015
EOD
$bars3 << EOD
0 46.4491 42.0598 50.2141
1 25.9028 17.615 33.8199
2 61.6003 55.0935 66.723
3 51.5613 44.7755 59.6594
EOD
$bars4 << EOD
0.114286 43.8175 35.3618 51.193
1.11429 31.1158 24.5447 37.9669
2.11429 53.2522 48.7686 56.5996
3.11429 50.5043 45.5675 56.1659
EOD
$bars5 << EOD
0.228571 40.3174 31.8556 47.3872
1.22857 32.9602 24.9574 41.394
2.22857 40.2465 33.4977 46.0423
3.22857 54.2102 47.1872 62.2487
EOD
$bars6 << EOD
0.342857 43.8175 35.3618 51.193
1.34286 27.4847 21.158 33.6373
2.34286 53.2522 48.7686 56.5996
3.34286 48.9918 43.6375 55.6483
EOD
set boxwidth 0.10285714285714287 absolute
set xrange [-0.6:3.6]
set xtics ("liver" 0, "spleen" 1, "right kidney" 2, "left kidney" 3) scale 0 rotate by 30 right
set ylabel "Mean Dice (%) ↑"
set yrange [0:105]
set key outside right top vertical Left reverse samplen 1.5
plot $bars0 using 1:2 with boxes fs solid 0.75 lc rgb '#0072B2' title "atlas", \
     $bars0 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars1 using 1:2 with boxes fs solid 0.75 lc rgb '#E69F00' title "intensity", \
     $bars1 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars2 using 1:2 with boxes fs solid 0.75 lc rgb '#009E73' title "unet", \
     $bars2 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars3 using 1:2 with boxes fs solid 0.75 lc rgb '#CC79A7' title "sam_decoder", \
     $bars3 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars4 using 1:2 with boxes fs solid 0.75 lc rgb '#D55E00' title "causal_sam_llm", \
     $bars4 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars5 using 1:2 with boxes fs solid 0.75 lc rgb '#56B4E9' title "zeus", \
     $bars5 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars6 using 1:2 with boxes fs solid 0.75 lc rgb '#000000' title "causal_sam_llm +1 round", \
     $bars6 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
