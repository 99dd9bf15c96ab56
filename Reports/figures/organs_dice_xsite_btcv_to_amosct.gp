set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 77.0823 74.2584 79.9312
0.65 72.2252 68.0293 76.1356
1.65 68.1408 63.764 72.0337
2.65 61.1357 56.7543 65.0728
3.65 25.2107 15.7871 34.7969
4.65 19.0355 10.7961 27.188
5.65 67.8098 63.8859 71.5964
6.65 43.613 32.8427 53.4977
7.65 38.3325 27.3838 49.2688
8.65 34.3907 25.2831 42.9415
9.65 0 0 0
10.65 0 0 0
EOD
set label '0' at first 9.6500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 10.6500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
$bars1 << EOD
-0.25 52.1299 34.0198 71.4641
0.75 33.2527 15.5252 54.9837
1.75 78.9161 68.838 88.6945
2.75 75.9171 64.7088 87.2459
3.75 1.81133 0.881606 2.77973
4.75 3.03713 1.26403 4.7323
5.75 19.315 7.53209 34.2506
6.75 5.451 2.40838 8.623
7.75 57.3892 51.2547 64.3027
8.75 59.4219 46.8488 72.024
9.75 0 0 0
10.75 0.624122 0.0594575 1.54496
EOD
set label '0' at first 9.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.15 75.0876 61.3964 87.3076
0.85 64.6055 47.1116 79.7335
1.85 84.7801 73.7549 92.7024
2.85 71.8846 56.3723 85.8235
3.85 66.491 47.6729 82.1884
4.85 83.2147 79.7217 86.6075
5.85 50.515 31.8038 68.9456
6.85 71.8271 59.4587 80.891
7.85 77.533 69.0144 85.1175
8.85 64.5407 49.9988 77.829
9.85 36.3693 21.5952 51.7452
10.85 47.3076 34.2004 60.7298
EOD
$bars3 << EOD
-0.05 57.5937 44.8322 70.233
0.95 30.9778 17.7645 44.6751
1.95 85.8107 78.8837 91.2367
2.95 85.8724 80.8248 89.9994
3.95 0 0 0
4.95 29.5368 15.0108 44.4828
5.95 41.9887 27.8985 54.4878
6.95 63.1798 54.8295 70.4914
7.95 76.0115 69.7271 81.8162
8.95 73.2626 65.3759 80.4911
9.95 0 0 0
10.95 0 0 0
EOD
set label '0' at first 3.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 9.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 10.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 95.8779 95.2945 96.4624
1.05 86.5496 83.5779 89.3871
2.05 95.4954 94.0948 96.7595
3.05 96.6315 95.6356 97.4523
4.05 67.7614 51.4701 79.6554
5.05 65.1707 58.2973 71.3986
6.05 81.9069 79.2222 84.4107
7.05 41.4475 34.4871 47.3863
8.05 86.5032 82.4594 90.0769
9.05 81.8385 77.1445 86.2805
10.05 0 0 0
11.05 30.9781 19.8598 43.4026
EOD
set label '0' at first 10.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
$bars5 << EOD
0.15 95.3414 94.6709 95.996
1.15 86.4057 83.7311 89.0234
2.15 92.4532 90.2543 94.5204
3.15 96.1311 94.7492 97.341
4.15 57.7907 43.0375 68.6651
5.15 81.242 74.8541 87.3709
6.15 84.0522 81.7879 86.4062
7.15 64.1637 57.1189 70.1088
8.15 75.6573 69.7303 81.2037
9.15 78.7875 72.9829 84.2733
10.15 50.6446 37.4338 63.8604
11.15 64.3659 51.0339 77.1583
EOD
$bars6 << EOD
0.25 94.9383 94.2984 95.5612
1.25 73.9842 68.577 79.4218
2.25 94.7623 93.2457 96.1583
3.25 89.2746 86.4185 91.6733
4.25 0 0 0
5.25 23.997 15.8329 33.0614
6.25 82.1868 79.326 84.8864
7.25 27.8698 22.3189 33.2661
8.25 64.0159 60.5277 67.6953
9.25 14.3834 8.9045 21.1861
10.25 0 0 0
11.25 0.121212 0 0.363636
EOD
set label '0' at first 4.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 10.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 11.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
$bars7 << EOD
0.35 95.3415 94.6709 95.9959
1.35 86.4073 83.7311 89.0283
2.35 92.4652 90.263 94.5306
3.35 96.0877 94.6912 97.3099
4.35 67.1674 60.6574 72.8404
5.35 80.9941 73.7945 87.6843
6.35 84.103 81.823 86.4545
7.35 63.6779 56.2912 70.088
8.35 75.6514 69.7299 81.193
9.35 78.7953 72.9883 84.2819
10.35 53.5147 41.2527 65.294
11.35 63.8777 50.8708 75.714
EOD
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
