set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 75.3023 71.7174 78.1367
0.65 69.8131 63.7324 74.2138
1.65 66.0899 58.2109 72.6979
2.65 51.5578 45.6919 58.5377
3.65 23.7019 10.7729 37.982
4.65 0 0 0
5.65 59.4686 54.2311 63.6897
6.65 38.0787 25.0509 50.3177
7.65 32.7459 21.239 45.5885
8.65 29.8432 18.8055 38.9879
9.65 0 0 0
10.65 0 0 0
EOD
set label '0' at first 4.6500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 9.6500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
set label '0' at first 10.6500, graph 0.05 center textcolor rgb '#0072B2' font ',7'
$bars1 << EOD
-0.25 28.5835 12.6201 44.6015
0.75 4.20903 1.76688 6.55354
1.75 70.6908 57.9544 83.9406
2.75 70.3164 57.4494 83.5605
3.75 3.10604 0.611948 6.20195
4.75 1.47882 0.333333 2.68754
5.75 0.0247077 0 0.0662662
6.75 11.0941 6.22082 15.9496
7.75 62.4868 46.2934 77.3697
8.75 52.7018 33.6833 72.4964
9.75 0.977011 0 2.41379
10.75 0.637191 0.0309119 1.75645
EOD
set label '0' at first 5.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.15 93.9532 92.4384 94.9783
0.85 85.1237 82.4597 87.7505
1.85 96.4899 95.0074 97.7467
2.85 92.3166 89.2913 95.4182
3.85 67.5304 48.9003 85.7553
4.85 55.6262 41.2168 68.6088
5.85 81.2699 76.7882 85.3895
6.85 77.4099 74.7552 79.9739
7.85 87.6196 84.2697 90.7872
8.85 83.3114 79.511 86.8008
9.85 2.21488 0.657303 4.44525
10.85 28.9727 14.2673 42.9682
EOD
$bars3 << EOD
-0.05 87.4447 82.2308 91.6842
0.95 74.5969 68.6084 78.9337
1.95 87.9415 83.6606 91.1077
2.95 89.5263 86.1951 92.317
3.95 0 0 0
4.95 59.8783 44.2494 71.7938
5.95 61.8132 53.6609 68.7859
6.95 49.5345 42.7377 55.8755
7.95 84.6668 83.291 86.2579
8.95 75.6605 70.3762 80.9413
9.95 0 0 0
10.95 0 0 0
EOD
set label '0' at first 3.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 9.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 10.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 95.4245 95.0192 95.861
1.05 85.8484 83.325 88.3422
2.05 91.6332 90.015 93.3982
3.05 95.6533 94.1451 97.2587
4.05 67.7393 47.0262 87.1872
5.05 86.6278 78.5311 92.817
6.05 76.2979 69.3641 83.0487
7.05 79.3092 75.0279 83.5767
8.05 80.4204 76.3193 84.4222
9.05 85.4282 80.6136 89.6889
10.05 54.943 33.6756 72.5942
11.05 58.4348 42.4019 73.4028
EOD
$bars5 << EOD
0.15 94.9923 94.4014 95.5726
1.15 85.4225 82.6056 88.1084
2.15 92.9511 91.5707 94.2004
3.15 96.5991 95.263 97.9536
4.15 60.5179 40.6312 79.6105
5.15 81.2508 72.4219 88.8825
6.15 81.9731 77.7089 86.177
7.15 76.5902 72.0501 80.6972
8.15 85.8247 83.9203 87.6725
9.15 86.6507 82.9352 89.8869
10.15 52.218 31.6098 68.5411
11.15 57.6145 39.5302 74.4628
EOD
$bars6 << EOD
0.25 95.2114 94.4223 96.0511
1.25 85.8268 82.483 88.5744
2.25 94.449 93.2061 95.6592
3.25 95.7185 93.9001 97.3119
4.25 65.2815 44.2576 84.8577
5.25 90.4962 86.8062 93.6607
6.25 73.2047 64.7015 81.9581
7.25 78.4771 72.8678 83.1294
8.25 88.1554 85.2464 91.2155
9.25 86.5776 82.7394 90.1821
10.25 52.9804 35.3181 67.7573
11.25 66.3889 49.5969 82.06
EOD
$bars7 << EOD
0.35 94.9922 94.4014 95.5724
1.35 85.4225 82.6056 88.1084
2.35 92.9737 91.5869 94.2242
3.35 96.5889 95.2452 97.9434
4.35 75.7177 66.9783 82.5902
5.35 78.3828 68.1416 87.3577
6.35 82.0473 77.736 86.2622
7.35 76.264 71.7061 80.172
8.35 85.8268 83.9267 87.6726
9.35 86.6507 82.9352 89.8869
10.35 52.4194 32.9619 69.1248
11.35 63.6897 48.8767 77.4833
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
