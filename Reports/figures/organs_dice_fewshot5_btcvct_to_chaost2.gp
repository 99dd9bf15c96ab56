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
0 58.3727 58.3727 58.3727
1 76.5024 76.5024 76.5024
2 72.6328 72.6328 72.6328
3 72.5786 72.5786 72.5786
EOD
$bars4 << EOD
0.114286 59.4064 59.4064 59.4064
1.11429 67.6511 67.6511 67.6511
2.11429 69.4847 69.4847 69.4847
3.11429 73.7232 73.7232 73.7232
EOD
$bars5 << EOD
0.228571 65.21 65.21 65.21
1.22857 72.0096 72.0096 72.0096
2.22857 70.0741 70.0741 70.0741
3.22857 59.4808 59.4808 59.4808
EOD
$bars6 << EOD
0.342857 57.3846 57.3846 57.3846
1.34286 67.6511 67.6511 67.6511
2.34286 69.4444 69.4444 69.4444
3.34286 73.7232 73.7232 73.7232
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
