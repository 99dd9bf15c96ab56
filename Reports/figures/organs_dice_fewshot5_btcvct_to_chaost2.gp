set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 84.5205 84.5205 84.5205
0.65 81.0559 81.0559 81.0559
1.65 37.7135 37.7135 37.7135
2.65 73.3835 73.3835 73.3835
EOD
$bars1 << EOD
-0.25 0.0334616 0.0334616 0.0334616
0.75 9.57163 9.57163 9.57163
1.75 6.8157 6.8157 6.8157
2.75 20.2561 20.2561 20.2561
EOD
set label '0' at first -0.2500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.15 9.70177 9.70177 9.70177
0.85 86.758 86.758 86.758
1.85 89.8251 89.8251 89.8251
2.85 95.6107 95.6107 95.6107
EOD
$bars3 << EOD
-0.05 27.3731 27.3731 27.3731
0.95 50.0568 50.0568 50.0568
1.95 79.4335 79.4335 79.4335
2.95 90.8068 90.8068 90.8068
EOD
$bars4 << EOD
0.05 27.525 27.525 27.525
1.05 31.1494 31.1494 31.1494
2.05 80.4688 80.4688 80.4688
3.05 69.4558 69.4558 69.4558
EOD
$bars5 << EOD
0.15 33.9107 33.9107 33.9107
1.15 46.2981 46.2981 46.2981
2.15 25.1418 25.1418 25.1418
3.15 68.1863 68.1863 68.1863
EOD
$bars6 << EOD
0.25 36.0836 36.0836 36.0836
1.25 74.2833 74.2833 74.2833
2.25 63.9594 63.9594 63.9594
3.25 77.7022 77.7022 77.7022
EOD
$bars7 << EOD
0.35 33.9161 33.9161 33.9161
1.35 44.3 44.3 44.3
2.35 41.163 41.163 41.163
3.35 68.3217 68.3217 68.3217
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
     $bars7 using 1:2 with boxes fs solid 0.75 lc rgb '#0072B2' title "causal_sam_llm +1 round", \
     $bars7 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
