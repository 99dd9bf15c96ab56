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
0 42.8716 35.9353 49.1654
1 34.7488 26.8879 42.9023
2 53.3928 46.8841 58.2629
3 55.7964 48.2934 64.5445
EOD
$bars4 << EOD
0.114286 44.8358 38.9086 50.0157
1.11429 27.0702 20.6812 33.7977
2.11429 53.1211 47.9232 56.9709
3.11429 53.2583 45.9046 61.6486
EOD
$bars5 << EOD
0.228571 32.8848 21.7638 42.3333
1.22857 27.6424 18.1999 37.4458
2.22857 52.1134 47.6895 57.0638
3.22857 49.9599 42.4367 59.7176
EOD
$bars6 << EOD
0.342857 44.8352 38.907 50.0157
1.34286 25.0496 19.1524 31.7791
2.34286 53.101 47.9186 56.9443
3.34286 51.0854 43.2873 60.6727
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
