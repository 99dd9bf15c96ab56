set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.342857 82.275 78.7866 84.2514
0.657143 72.4874 65.0402 79.7019
1.65714 67.4451 52.92 76.6996
2.65714 68.2268 63.2336 75.487
3.65714 17.7381 1.95312 33.5231
4.65714 0 0 0
5.65714 72.2035 69.1979 76.92
6.65714 27.9584 25.6113 30.1642
7.65714 25.6794 13.3211 43.8272
8.65714 37.0247 27.9863 46.2907
9.65714 0 0 0
10.6571 0 0 0
EOD
set label '0' at first 4.6571, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 9.6571, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 10.6571, graph 0.05 center textcolor rgb '#0072B2' font ',7'
$bars1 << EOD
-0.228571 0.00265435 0 0.00796305
0.771429 0 0 0
1.77143 22.4723 15.9445 26.1476
2.77143 19.989 18.8418 21.5007
3.77143 0 0 0
4.77143 0 0 0
5.77143 0 0 0
6.77143 0 0 0
7.77143 0.410623 0.160585 0.623648
8.77143 5.89507 3.7636 8.77236
9.77143 0 0 0
10.7714 0 0 0
EOD
set label '0' at first -0.2286, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 0.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 3.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 4.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 5.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 6.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 7.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 9.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 10.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.114286 40.1309 28.0992 51.0269
0.885714 10.6221 0 25.6486
1.88571 0 0 0
2.88571 1.02477 0 3.0743
3.88571 0 0 0
4.88571 0 0 0
5.88571 0 0 0
6.88571 0 0 0
7.88571 0 0 0
8.88571 0 0 0
9.88571 0 0 0
10.8857 0 0 0
EOD
set label '0' at first 1.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 3.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 4.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 5.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 6.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 7.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 8.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 9.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 10.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
0 40.815 37.7326 43.8973
1 0 0 0
2 0 0 0
3 0 0 0
4 0 0 0
5 0 0 0
6 0 0 0
7 0 0 0
8 0 0 0
9 0 0 0
10 0 0 0
11 0 0 0
EOD
set label '0' at first 1.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 2.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 3.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 4.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 5.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 6.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 7.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 8.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 9.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 10.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 11.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.114286 46.8029 44.1234 49.861
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
0.228571 41.3763 38.3653 44.4755
1.22857 0 0 0
2.22857 0 0 0
3.22857 0.500954 0 1.50286
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
set label '0' at first 4.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 5.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 6.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 7.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 8.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 9.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 10.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 11.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.342857 46.9533 44.2874 49.9831
1.34286 4.08963 2.09771 6.54914
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
