set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.342857 75.3023 71.7174 78.1367
0.657143 69.8131 63.7324 74.2138
1.65714 66.0899 58.2109 72.6979
2.65714 51.5578 45.6919 58.5377
3.65714 23.7019 10.7729 37.982
4.65714 0 0 0
5.65714 59.4686 54.2311 63.6897
6.65714 38.0787 25.0509 50.3177
7.65714 32.7459 21.239 45.5885
8.65714 29.8432 18.8055 38.9879
9.65714 0 0 0
10.6571 0 0 0
EOD
set label '0' at first 4.6571, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 9.6571, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 10.6571, graph 0.05 center textcolor rgb '#0072B2' font ',7'
$bars1 << EOD
-0.228571 25.5742 11.3389 39.8698
0.771429 4.09473 1.66779 6.38498
1.77143 70.9644 58.385 84.0587
2.77143 70.4059 57.61 83.5767
3.77143 2.98766 0.617395 5.91138
4.77143 1.01266 0 3.03797
5.77143 0.0438473 0 0.108474
6.77143 1.70827 0.264031 4.2997
7.77143 63.6418 47.2906 78.0418
8.77143 57.9853 42.0366 74.5929
9.77143 5.24624 1.08043 10.4746
10.7714 6.10409 3.56802 9.40693
EOD
set label '0' at first 5.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.114286 87.7512 86.7857 88.567
0.885714 15.7932 11.9315 20.1802
1.88571 2.27181 1.13297 3.42488
2.88571 46.9791 42.981 51.0209
3.88571 0 0 0
4.88571 0 0 0
5.88571 0 0 0
6.88571 0 0 0
7.88571 0.122712 0.0402835 0.221062
8.88571 0.158527 0 0.350858
9.88571 0 0 0
10.8857 0 0 0
EOD
set label '0' at first 3.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 4.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 5.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 6.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 7.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 8.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 9.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 10.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
0 48.6668 47.0684 50.4681
1 10.4961 9.08356 11.8159
2 0 0 0
3 2.72829 1.78884 3.70662
4 0 0 0
5 0 0 0
6 0 0 0
7 0 0 0
8 0 0 0
9 0 0 0
10 0 0 0
11 0 0 0
EOD
set label '0' at first 2.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 4.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 5.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 6.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 7.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 8.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 9.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 10.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 11.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.114286 0 0 0
1.11429 0 0 0
2.11429 0 0 0
3.11429 0 0 0
4.11429 0 0 0
5.11429 0 0 0
6.11429 0 0 0
7.11429 0 0 0
8.11429 0 0 0
9.11429 0 0 0
10.1143 0 0 0
11.1143 0 0 0
EOD
set label '0' at first 0.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 1.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 2.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 3.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 4.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 5.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 6.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 7.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 8.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 9.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 10.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 11.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
$bars5 << EOD
0.228571 49.6294 47.9116 51.3136
1.22857 0 0 0
2.22857 0 0 0
3.22857 0 0 0
4.22857 0 0 0
5.22857 0 0 0
6.22857 0 0 0
7.22857 0 0 0
8.22857 0 0 0
9.22857 0 0 0
10.2286 0 0 0
11.2286 0 0 0
EOD
set label '0' at first 1.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 2.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 3.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 4.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 5.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 6.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 7.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 8.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 9.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 10.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 11.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.342857 9.81662 8.70023 10.8415
1.34286 0 0 0
2.34286 0 0 0
3.34286 0 0 0
4.34286 0 0 0
5.34286 0 0 0
6.34286 0 0 0
7.34286 0 0 0
8.34286 0 0 0
9.34286 0 0 0
10.3429 0 0 0
11.3429 0 0 0
EOD
set label '0' at first 1.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 2.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 3.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 4.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 5.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 6.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 7.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 8.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 9.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 10.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 11.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set boxwidth 0.10285714285714287 absolute
set xrange [-0.6:11.6]
set xtics ("liver" 0, "spleen" 1, "right kidney" 2, "left kidney" 3, "gallbladder" 4, "esophagus" 5, "stomach" 6, "pancreas" 7, "aorta" 8, "inferior vena cava" 9, "right adrenal gland" 10, "left adrenal gland" 11) scale 0 rotate by 30 right
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
