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
-0.15 89.2806 87.6605 90.3484
0.85 0 0 0
1.85 0 0 0
2.85 0 0 0
3.85 26.2999 9.65251 39.5256
4.85 0 0 0
5.85 6.87342 5.26699 8.51514
6.85 0 0 0
7.85 0 0 0
8.85 0 0 0
9.85 0 0 0
10.85 0 0 0
EOD
set label '0' at first 0.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 1.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 2.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 4.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 6.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 7.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 8.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 9.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 10.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
-0.05 24.7263 19.7994 28.9873
0.95 0 0 0
1.95 0 0 0
2.95 0 0 0
3.95 0 0 0
4.95 0 0 0
5.95 0 0 0
6.95 1.90763 0 5.72289
7.95 0 0 0
8.95 0 0 0
9.95 0 0 0
10.95 0 0 0
EOD
set label '0' at first 0.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 1.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 2.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 3.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 4.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 5.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 7.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 8.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 9.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 10.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 0.320409 0.00921263 0.763963
1.05 1.43142 0 3.20581
2.05 0 0 0
3.05 0 0 0
4.05 0 0 0
5.05 0 0 0
6.05 0 0 0
7.05 0.0603136 0 0.180941
8.05 0 0 0
9.05 0 0 0
10.05 0 0 0
11.05 0 0 0
EOD
set label '0' at first 0.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
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
0.15 0.704697 0.18924 1.26029
1.15 9.82534 0.678076 21.2223
2.15 0 0 0
3.15 0 0 0
4.15 0 0 0
5.15 0.0657324 0.0326998 0.106492
6.15 2.81114 0.0331016 6.65515
7.15 0.00412473 0 0.0123742
8.15 0 0 0
9.15 0 0 0
10.15 0 0 0
11.15 0 0 0
EOD
set label '0' at first 2.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 3.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 4.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 5.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 7.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 8.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 9.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 10.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 11.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.25 0.574811 0.102608 1.06499
1.25 0 0 0
2.25 0 0 0
3.25 0 0 0
4.25 0 0 0
5.25 0 0 0
6.25 0 0 0
7.25 0.0252143 0 0.075643
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
0.35 27.114 18.4374 33.0512
1.35 39.4748 4.41125 70.1272
2.35 0 0 0
3.35 0 0 0
4.35 1.53337 0 3.87335
5.35 0 0 0
6.35 17.358 7.57803 28.8085
7.35 0 0 0
8.35 0 0 0
9.35 0.0182979 0 0.0548937
10.35 0 0 0
11.35 0 0 0
EOD
set label '0' at first 2.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
set label '0' at first 3.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
set label '0' at first 5.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
set label '0' at first 7.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
set label '0' at first 8.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
set label '0' at first 9.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
set label '0' at first 10.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
set label '0' at first 11.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
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
     $bars7 using 1:2 with boxes fs solid 0.75 lc rgb '#882255' title "causal_sam_llm +1 round", \
     $bars7 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
