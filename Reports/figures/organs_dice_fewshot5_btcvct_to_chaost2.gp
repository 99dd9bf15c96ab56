set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.342857 84.5205 84.5205 84.5205
0.657143 81.0559 81.0559 81.0559
1.65714 37.7135 37.7135 37.7135
2.65714 73.3835 73.3835 73.3835
EOD
$bars1 << EOD
-0.228571 0.0167448 0.0167448 0.0167448
0.771429 9.5724 9.5724 9.5724
1.77143 6.8157 6.8157 6.8157
2.77143 20.2561 20.2561 20.2561
EOD
set label '0' at first -0.2286, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.114286 51.0102 51.0102 51.0102
0.885714 47.7368 47.7368 47.7368
1.88571 62.475 62.475 62.475
2.88571 18.9458 18.9458 18.9458
EOD
$bars3 << EOD
0 44.4872 44.4872 44.4872
1 74.8101 74.8101 74.8101
2 73.4129 73.4129 73.4129
3 75.3826 75.3826 75.3826
EOD
$bars4 << EOD
0.114286 50.5239 50.5239 50.5239
1.11429 54.7395 54.7395 54.7395
2.11429 69.7101 69.7101 69.7101
3.11429 75.2855 75.2855 75.2855
EOD
$bars5 << EOD
0.228571 60.0694 60.0694 60.0694
1.22857 63.968 63.968 63.968
2.22857 74.1359 74.1359 74.1359
3.22857 48.0447 48.0447 48.0447
EOD
$bars6 << EOD
0.342857 65.3746 65.3746 65.3746
1.34286 54.7395 54.7395 54.7395
2.34286 69.7101 69.7101 69.7101
3.34286 75.2855 75.2855 75.2855
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
