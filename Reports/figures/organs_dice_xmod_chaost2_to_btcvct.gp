set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 67.8689 64.6516 70.8824
0.65 55.4259 51.7192 59.1707
1.65 36.4875 30.3983 41.9054
2.65 50.197 46.415 54.2525
EOD
$bars1 << EOD
-0.25 0 0 0
0.75 0 0 0
1.75 0 0 0
2.75 0 0 0
EOD
set label '0' at first -0.2500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 0.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 1.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 2.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.15 0 0 0
0.85 0 0 0
1.85 70.2191 65.0717 75.4951
2.85 40.5873 32.2609 48.9025
EOD
set label '0' at first -0.1500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 0.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
-0.05 3.36263 1.90388 4.92603
0.95 0.0134966 0 0.0366424
1.95 87.4614 85.3118 89.5096
2.95 88.6725 85.749 90.9861
EOD
set label '0' at first 0.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 0.436719 0.1959 0.708631
1.05 0.223046 0.0834922 0.415853
2.05 85.205 83.2636 87.0578
3.05 49.5985 38.8064 60.7709
EOD
set label '0' at first 0.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 1.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
$bars5 << EOD
0.15 6.8062 3.56864 10.4404
1.15 0.11833 0.0312822 0.263106
2.15 86.7669 84.6943 88.7551
3.15 41.1351 30.8503 52.0394
EOD
set label '0' at first 1.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.25 21.1366 16.3095 25.8556
1.25 0.36102 0.136647 0.668319
2.25 86.8479 85.4037 88.3195
3.25 6.03538 3.89549 8.29104
EOD
set label '0' at first 1.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
$bars7 << EOD
0.35 8.10826 5.18962 11.5019
1.35 1.07593 0.434944 1.92333
2.35 78.5573 73.681 83.3464
3.35 7.28234 0 17.5667
EOD
set boxwidth 0.09000000000000001 absolute
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
