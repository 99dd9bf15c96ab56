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
-0.15 93.0842 90.2298 95.0625
0.85 86.9454 83.7441 89.6069
1.85 95.3052 93.7632 96.5652
2.85 94.879 92.7098 96.6921
3.85 81.9656 74.7681 87.7068
4.85 86.816 82.6733 90.2373
5.85 71.4502 59.3959 81.4159
6.85 84.8572 81.5505 87.7666
7.85 88.5228 85.8899 90.8251
8.85 82.679 77.6842 87.1036
9.85 42.251 28.246 56.6484
10.85 62.347 50.3288 74.2838
EOD
$bars3 << EOD
-0.05 71.9841 62.9721 80.9495
0.95 38.1099 26.4119 50.4484
1.95 92.2556 90.2061 94.0773
2.95 90.4503 88.361 92.2661
3.95 0 0 0
4.95 39.0167 24.8593 53.509
5.95 45.4698 35.7724 55.8215
6.95 68.0496 61.3152 73.811
7.95 82.8642 79.406 86.0313
8.95 79.2549 73.0752 84.7255
9.95 0 0 0
10.95 0 0 0
EOD
set label '0' at first 3.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 9.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 10.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 95.9531 95.5917 96.3678
1.05 87.6338 85.6366 89.5888
2.05 96.9955 96.09 97.8949
3.05 97.5094 96.8339 98.1853
4.05 71.2594 54.4902 84.8971
5.05 92.7427 89.8785 95.3258
6.05 84.7739 81.4929 88.0981
7.05 83.2136 77.161 88.1857
8.05 92.3857 90.5653 94.3346
9.05 91.109 88.5958 93.5526
10.05 64.0894 50.0921 76.0841
11.05 67.2487 52.1338 81.4924
EOD
$bars5 << EOD
0.15 96.0143 95.6371 96.4134
1.15 88.4664 86.6869 90.2818
2.15 95.2874 93.8303 96.7281
3.15 97.1816 96.391 97.9267
4.15 73.9909 56.9816 86.3838
5.15 92.4596 89.02 95.4437
6.15 83.8294 79.1476 88.369
7.15 81.6094 75.327 86.9997
8.15 84.4412 80.8631 87.8938
9.15 84.2385 80.7306 87.6385
10.15 64.4155 48.8921 78.7787
11.15 70.8601 57.5502 84.1269
EOD
$bars6 << EOD
0.25 96.0188 95.619 96.4375
1.25 87.4914 85.3884 89.5608
2.25 96.7614 95.7577 97.7764
3.25 97.421 96.5819 98.1598
4.25 74.357 56.9165 86.692
5.25 93.4486 90.5266 96.011
6.25 85.668 82.9852 88.3657
7.25 81.6615 74.91 87.4074
8.25 89.6882 86.3689 92.7036
9.25 85.8325 82.4078 89.0183
10.25 60.9361 44.336 75.6516
11.25 67.2436 52.4366 80.4817
EOD
$bars7 << EOD
0.35 96.0145 95.6372 96.4131
1.35 88.4664 86.6869 90.2818
2.35 95.2878 93.8286 96.7251
3.35 97.1862 96.3956 97.9314
4.35 84.6651 81.8836 87.3839
5.35 91.6114 88.1553 94.9335
6.35 83.8734 79.1889 88.4028
7.35 79.5606 71.9322 85.9649
8.35 84.444 80.8666 87.8904
9.35 84.2216 80.7014 87.6233
10.35 60.3615 45.8279 73.951
11.35 47.0535 33.2253 62.9154
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
     $bars7 using 1:2 with boxes fs solid 0.75 lc rgb '#882255' title "causal_sam_llm +1 round", \
     $bars7 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
