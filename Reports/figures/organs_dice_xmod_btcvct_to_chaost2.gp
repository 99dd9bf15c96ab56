set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 78.83 76.1036 81.7346
0.65 66.7977 59.7737 74.0591
1.65 48.9281 39.2114 58.5812
2.65 70.5087 65.8766 75.1557
EOD
$bars1 << EOD
-0.25 0 0 0
0.75 0 0 0
1.75 0 0 0
2.75 0 0 0
EOD
set label '0' at first -0.2500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 0.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 1.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 2.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.15 0.393729 0.0796178 0.915155
0.85 0.0760319 0.0156818 0.152514
1.85 28.4474 25.8642 30.2753
2.85 19.8768 8.92994 35.7936
EOD
set label '0' at first -0.1500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 0.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
-0.05 25.2349 8.32539 40.8835
0.95 0.0235322 0 0.0705965
1.95 76.5423 73.7562 79.4672
2.95 55.2041 49.3088 62.0954
EOD
set label '0' at first 0.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 0.0522472 0.0141641 0.0965907
1.05 4.01631 0.423617 9.32774
2.05 42.9322 35.0886 52.3203
3.05 43.0279 38.3245 48.3404
EOD
set label '0' at first 0.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
$bars5 << EOD
0.15 28.4071 16.7875 38.3989
1.15 0 0 0
2.15 39.7226 36.7271 43.8511
3.15 50.1745 43.0857 58.0139
EOD
set label '0' at first 1.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.25 0.37493 0.211685 0.516974
1.25 2.99916 0.466989 6.36585
2.25 35.4018 30.2594 41.5769
3.25 47.9336 41.7918 54.2892
EOD
set label '0' at first 0.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
$bars7 << EOD
0.35 28.4431 16.7995 38.4603
1.35 2.77138 0.0228074 8.15072
2.35 39.7226 36.7271 43.8511
3.35 50.7005 43.5037 58.5292
EOD
set boxwidth 0.09000000000000001 absolute
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
     $bars3 using 1:2 with boxes fs solid 0.75 lc rgb '#CC79A7' title "unet_style", \
     $bars3 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars4 using 1:2 with boxes fs solid 0.75 lc rgb '#D55E00' title "sam_decoder", \
     $bars4 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars5 using 1:2 with boxes fs solid 0.75 lc rgb '#56B4E9' title "causal_sam_llm", \
     $bars5 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars6 using 1:2 with boxes fs solid 0.75 lc rgb '#000000' title "zeus", \
     $bars6 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars7 using 1:2 with boxes fs solid 0.75 lc rgb '#882255' title "causal_sam_llm +1 round", \
     $bars7 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
