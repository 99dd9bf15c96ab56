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
-0.15 91.0249 85.8433 94.6755
0.85 81.3195 75.1727 86.061
1.85 96.2981 95.2436 97.2731
2.85 91.548 87.9474 95.0033
3.85 62.9791 41.7242 84.0525
4.85 60.7692 45.7259 71.9179
5.85 75.6991 62.7099 85.012
6.85 76.775 71.1183 81.2693
7.85 84.3045 79.6438 88.8942
8.85 81.173 72.5407 87.8683
9.85 1.88538 0 3.90682
10.85 21.9034 11.2245 31.5408
EOD
$bars3 << EOD
-0.05 82.7957 71.0649 91.8235
0.95 68.2028 55.5159 78.4039
1.95 85.9753 81.7671 89.6844
2.95 88.2242 84.2562 91.9266
3.95 0 0 0
4.95 53.2667 42.8737 62.8639
5.95 50.6118 37.3864 60.5096
6.95 50.5246 46.2083 55.0374
7.95 83.1045 79.3798 86.7842
8.95 72.3842 65.9159 78.5217
9.95 0 0 0
10.95 0 0 0
EOD
set label '0' at first 3.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 9.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 10.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 94.8344 94.1376 95.4848
1.05 82.2208 77.5061 86.3596
2.05 91.379 89.815 93.0002
3.05 94.7655 92.428 96.8627
4.05 40.5251 25.7673 56.0831
5.05 62.9975 52.5298 73.4969
6.05 81.4245 78.7722 83.5654
7.05 31.7014 21.917 41.4491
8.05 72.1082 61.2668 79.3825
9.05 80.6228 75.9694 85.3718
10.05 41.8462 26.7216 53.7325
11.05 43.0272 26.8696 59.2488
EOD
$bars5 << EOD
0.15 94.8595 94.1374 95.541
1.15 81.2483 76.6572 85.5274
2.15 92.5273 90.8837 94.1753
3.15 95.1148 91.9221 97.3132
4.15 26.2548 13.9558 40.1279
5.15 66.5822 54.2312 77.5359
6.15 78.8206 75.2228 81.5
7.15 31.9441 17.7986 46.245
8.15 75.165 66.6767 81.6872
9.15 79.8972 75.2546 84.7282
10.15 40.5507 26.3453 52.9855
11.15 55.7215 39.0606 70.2664
EOD
$bars6 << EOD
0.25 94.0348 93.1055 94.867
1.25 73.1389 67.0257 78.9674
2.25 94.8228 93.9645 95.6905
3.25 91.9933 90.219 93.6807
4.25 3.80098 0.898544 8.39159
5.25 3.8352 1.80761 6.09206
6.25 85.4809 82.0943 87.9535
7.25 0 0 0
8.25 79.1333 76.0205 81.9919
9.25 73.3895 66.0456 79.4124
10.25 1.23008 0 2.88398
11.25 8.84205 4.00165 14.0674
EOD
set label '0' at first 7.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
$bars7 << EOD
0.35 94.8571 94.1357 95.5352
1.35 81.2483 76.6572 85.5274
2.35 92.538 90.8934 94.1843
3.35 95.1132 91.922 97.3116
4.35 37.3843 26.9015 48.6619
5.35 66.2593 53.6233 77.3573
6.35 78.874 75.308 81.5812
7.35 35.6929 23.7686 49.0137
8.35 75.165 66.6767 81.6872
9.35 79.9446 75.28 84.8017
10.35 41.2669 26.715 53.9099
11.35 55.8133 39.17 70.3598
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
