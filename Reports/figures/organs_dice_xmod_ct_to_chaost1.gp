set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.342857 77.5543 75.8225 79.2481
0.657143 68.1823 63.3486 73.3509
1.65714 63.2323 57.4209 68.7842
2.65714 64.8453 57.5196 71.1716
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
-0.114286 7.37796 3.80787 10.7166
0.885714 11.3225 4.08267 18.9684
1.88571 0.0858615 0 0.257584
2.88571 0 0 0
EOD
set label '0' at first 1.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 2.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
0 16.8302 10.2438 22.5321
1 12.6049 6.45688 18.5459
2 0 0 0
3 0.0476203 0 0.122978
EOD
set label '0' at first 2.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 3.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.114286 25.5378 22.6263 28.209
1.11429 26.2533 23.1992 28.9018
2.11429 0 0 0
3.11429 0.194521 0.0137514 0.506255
EOD
set label '0' at first 2.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 3.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
$bars5 << EOD
0.228571 6.07314 2.75027 10.4359
1.22857 7.82674 2.84778 13.4026
2.22857 0 0 0
3.22857 0.102607 0 0.287921
EOD
set label '0' at first 2.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 3.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.342857 25.6216 22.7007 28.3498
1.34286 26.2749 23.2303 28.939
2.34286 0.0980275 0.00992359 0.192927
3.34286 0.19487 0.0138889 0.506812
EOD
set label '0' at first 2.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 3.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
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
