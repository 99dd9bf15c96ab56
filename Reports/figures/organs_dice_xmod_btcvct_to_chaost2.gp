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
-0.114286 15.9388 6.71713 25.6763
0.885714 22.8064 13.4711 32.4705
1.88571 11.5042 8.68258 13.8186
2.88571 3.72857 2.28291 5.97042
EOD
$bars3 << EOD
0 45.7682 43.4284 48.0387
1 33.8551 26.6116 41.8492
2 58.6385 51.9573 63.9943
3 56.6679 50.8761 63.9313
EOD
$bars4 << EOD
0.114286 45.6847 41.726 49.2997
1.11429 30.3024 24.1886 36.8252
2.11429 63.7637 60.8883 66.1494
3.11429 54.5902 47.6302 62.1105
EOD
$bars5 << EOD
0.228571 1.7934 0.936701 3.10289
1.22857 36.2374 27.745 44.4553
2.22857 52.8019 47.9254 57.921
3.22857 51.0259 46.7862 55.1022
EOD
$bars6 << EOD
0.342857 45.68 41.7141 49.2976
1.34286 29.0716 22.6231 36.307
2.34286 63.7637 60.8883 66.1494
3.34286 53.9034 46.4963 62.3366
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
