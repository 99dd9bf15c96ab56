set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 77.5543 75.8225 79.2481
0.65 68.1823 63.3486 73.3509
1.65 63.2323 57.4209 68.7842
2.65 64.8453 57.5196 71.1716
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
-0.15 73.5785 68.2468 79.3016
0.85 21.2853 11.0412 31.735
1.85 0 0 0
2.85 0.0471035 0.0230312 0.0766136
EOD
set label '0' at first 1.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 2.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
-0.05 46.606 43.088 50.3752
0.95 27.0815 15.1478 40.0558
1.95 7.31714 2.83094 12.6196
2.95 4.01336 1.66085 6.73745
EOD
$bars4 << EOD
0.05 30.7369 19.6901 43.0861
1.05 21.2159 11.1306 33.3825
2.05 0 0 0
3.05 0 0 0
EOD
set label '0' at first 2.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 3.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
$bars5 << EOD
0.15 32.9412 21.2444 45.7648
1.15 20.5438 10.0394 33.617
2.15 0 0 0
3.15 0 0 0
EOD
set label '0' at first 2.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 3.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.25 31.0813 20.7002 43.4025
1.25 0 0 0
2.25 0 0 0
3.25 0 0 0
EOD
set label '0' at first 1.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 2.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 3.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
$bars7 << EOD
0.35 32.4176 20.681 45.2714
1.35 23.5561 14.4508 35.5051
2.35 0 0 0
3.35 0 0 0
EOD
set label '0' at first 2.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 3.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
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
     $bars7 using 1:2 with boxes fs solid 0.75 lc rgb '#0072B2' title "causal_sam_llm +1 round", \
     $bars7 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
