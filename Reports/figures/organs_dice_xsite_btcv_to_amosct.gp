set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.342857 77.0823 74.2584 79.9312
0.657143 72.2252 68.0293 76.1356
1.65714 68.1408 63.764 72.0337
2.65714 61.1357 56.7543 65.0728
3.65714 25.2107 15.7871 34.7969
4.65714 19.0355 10.7961 27.188
5.65714 67.8098 63.8859 71.5964
6.65714 43.613 32.8427 53.4977
7.65714 38.3325 27.3838 49.2688
8.65714 34.3907 25.2831 42.9415
9.65714 0 0 0
10.6571 0 0 0
EOD
set label '0' at first 9.6571, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 10.6571, graph 0.05 center textcolor rgb '#0072B2' font ',7'
$bars1 << EOD
-0.228571 48.4989 30.4277 67.5175
0.771429 32.653 15.1656 53.9829
1.77143 79.126 69.3186 88.7907
2.77143 75.674 64.5795 86.9361
3.77143 1.90543 0.961459 2.8344
4.77143 4.80357 2.31652 7.82866
5.77143 18.0481 6.94055 32.04
6.77143 17.506 6.81974 30.7043
7.77143 58.5907 52.3776 65.5459
8.77143 61.991 50.8444 73.1652
9.77143 3.53902 1.71039 5.67336
10.7714 3.68973 2.24715 5.42164
EOD
$bars2 << EOD
-0.114286 83.5726 82.477 84.6693
0.885714 68.4539 63.5606 73.0715
1.88571 3.70692 2.24416 5.66314
2.88571 65.3791 62.103 68.6401
3.88571 0 0 0
4.88571 0 0 0
5.88571 0 0 0
6.88571 0 0 0
7.88571 7.81715 4.45163 11.5057
8.88571 0.0323232 0 0.0969697
9.88571 0 0 0
10.8857 0 0 0
EOD
set label '0' at first 3.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 4.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 5.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 6.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 8.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 9.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 10.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
0 50.3191 48.3004 52.0628
1 10.6641 9.53241 11.6826
2 0 0 0
3 2.76313 1.95311 3.4959
4 0 0 0
5 0 0 0
6 0 0 0
7 0 0 0
8 0 0 0
9 34.126 25.2296 43.5318
10 0 0 0
11 0 0 0
EOD
set label '0' at first 2.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 4.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 5.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 6.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 7.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 8.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 10.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 11.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.114286 50.3824 48.4282 52.161
1.11429 0.00392042 0 0.0117612
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
0.228571 50.298 48.5341 51.9175
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
0.342857 50.3824 48.4282 52.161
1.34286 17.0075 12.3602 21.0668
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
