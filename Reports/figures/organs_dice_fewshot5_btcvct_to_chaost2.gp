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
-0.114286 52.9755 52.9755 52.9755
0.885714 59.1072 59.1072 59.1072
1.88571 61.7958 61.7958 61.7958
2.88571 19.8635 19.8635 19.8635
EOD
$bars3 << EOD
0 64.9948 64.9948 64.9948
1 72.9139 72.9139 72.9139
2 76.6777 76.6777 76.6777
3 72.9773 72.9773 72.9773
EOD
$bars4 << EOD
0.114286 63.8495 63.8495 63.8495
1.11429 72.5724 72.5724 72.5724
2.11429 71.6453 71.6453 71.6453
3.11429 77.0492 77.0492 77.0492
EOD
$bars5 << EOD
0.228571 59.5192 59.5192 59.5192
1.22857 61.8328 61.8328 61.8328
2.22857 75.3875 75.3875 75.3875
3.22857 64.8148 64.8148 64.8148
EOD
$bars6 << EOD
0.342857 69.3397 69.3397 69.3397
1.34286 72.5724 72.5724 72.5724
2.34286 71.6453 71.6453 71.6453
3.34286 77.0492 77.0492 77.0492
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
