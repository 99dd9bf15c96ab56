set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 82.275 78.7866 84.2514
0.65 72.4874 65.0402 79.7019
1.65 67.4451 52.92 76.6996
2.65 68.2268 63.2336 75.487
3.65 17.7381 1.95312 33.5231
4.65 0 0 0
5.65 72.2035 69.1979 76.92
6.65 27.9584 25.6113 30.1642
7.65 25.6794 13.3211 43.8272
8.65 37.0247 27.9863 46.2907
9.65 0 0 0
10.65 0 0 0
EOD
set label '0' at first 4.6500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 9.6500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 10.6500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
$bars1 << EOD
-0.25 0.00265407 0 0.00796221
0.75 0 0 0
1.75 22.3843 15.8837 25.962
2.75 19.6565 18.6138 21.1527
3.75 0 0 0
4.75 0 0 0
5.75 0 0 0
6.75 0 0 0
7.75 1.47769 0.323855 3.19627
8.75 6.72226 4.44109 9.53875
9.75 0 0 0
10.75 0 0 0
EOD
set label '0' at first -0.2500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 0.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 3.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 4.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 5.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 6.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 9.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 10.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.15 84.0126 81.593 86.4363
0.85 11.9965 0 32.6546
1.85 0 0 0
2.85 0.0195402 0 0.0524198
3.85 11.11 2.90237 18.8434
4.85 0 0 0
5.85 31.5892 13.5671 53.5522
6.85 0 0 0
7.85 0 0 0
8.85 0 0 0
9.85 0 0 0
10.85 0 0 0
EOD
set label '0' at first 1.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 2.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 4.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 6.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 7.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 8.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 9.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 10.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
-0.05 47.5373 43.537 52.0468
0.95 1.23365 0 2.94914
1.95 0.366002 0 1.09801
2.95 0 0 0
3.95 0 0 0
4.95 0 0 0
5.95 23.1546 10.7226 42.2198
6.95 7.54181 0.938242 16.9385
7.95 0 0 0
8.95 0 0 0
9.95 0 0 0
10.95 0 0 0
EOD
set label '0' at first 1.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 2.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 3.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 4.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 7.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 8.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 9.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 10.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 1.44897 0 4.13414
1.05 0 0 0
2.05 0 0 0
3.05 0 0 0
4.05 0 0 0
5.05 0.129199 0 0.387597
6.05 0 0 0
7.05 0 0 0
8.05 0 0 0
9.05 0 0 0
10.05 0 0 0
11.05 0 0 0
EOD
set label '0' at first 1.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 2.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 3.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 4.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 5.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 6.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 7.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 8.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 9.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 10.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 11.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
$bars5 << EOD
0.15 2.02985 0 6.08956
1.15 0 0 0
2.15 0 0 0
3.15 0 0 0
4.15 0 0 0
5.15 0 0 0
6.15 0 0 0
7.15 0.240964 0 0.722892
8.15 0 0 0
9.15 0 0 0
10.15 0 0 0
11.15 0 0 0
EOD
set label '0' at first 1.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 2.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 3.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 4.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 5.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 6.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 7.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 8.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 9.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 10.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 11.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.25 0.787455 0.0524465 2.05386
1.25 0 0 0
2.25 0 0 0
3.25 0 0 0
4.25 0 0 0
5.25 0.0114943 0 0.0344828
6.25 0 0 0
7.25 0.0634115 0 0.190235
8.25 0 0 0
9.25 0 0 0
10.25 0 0 0
11.25 0 0 0
EOD
set label '0' at first 1.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 2.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 3.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 4.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 5.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 6.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 7.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 8.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 9.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 10.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 11.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
$bars7 << EOD
0.35 20.0579 9.87801 39.2767
1.35 19.2832 0 57.8497
2.35 0 0 0
3.35 0 0 0
4.35 4.48509 0 13.4553
5.35 0 0 0
6.35 8.41319 0 25.2396
7.35 0 0 0
8.35 0 0 0
9.35 0 0 0
10.35 0 0 0
11.35 0 0 0
EOD
set label '0' at first 2.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 3.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 5.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 7.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 8.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 9.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 10.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 11.3500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set boxwidth 0.09000000000000001 absolute
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
