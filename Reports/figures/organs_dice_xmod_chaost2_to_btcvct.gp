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
-0.15 0.0831361 0.0322315 0.141403
0.85 0 0 0
1.85 80.3075 75.8027 84.5146
2.85 71.7445 65.28 77.0028
EOD
set label '0' at first -0.1500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 0.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
-0.05 1.33046 0.459335 2.4936
0.95 0 0 0
1.95 83.657 79.8553 87.2972
2.95 72.1027 62.352 80.0643
EOD
set label '0' at first 0.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 56.5913 53.4773 59.9641
1.05 0.649714 0.292584 1.14158
2.05 40.2615 37.3586 43.2057
3.05 54.7163 45.4318 63.6869
EOD
$bars5 << EOD
0.15 44.2228 41.2377 47.3083
1.15 0.54715 0.274503 0.870483
2.15 68.6548 65.8449 71.6757
3.15 2.48608 1.57868 3.38507
EOD
$bars6 << EOD
0.25 0.426887 0.186389 0.724285
1.25 0.694429 0.325142 1.15221
2.25 52.5942 43.7308 60.5154
3.25 12.4426 6.50406 18.9772
EOD
set label '0' at first 0.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
$bars7 << EOD
0.35 44.2289 41.2457 47.3131
1.35 1.1477 0.529619 1.87158
2.35 69.77 66.7154 72.4296
3.35 1.80756 0.0281705 3.85822
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
     $bars7 using 1:2 with boxes fs solid 0.75 lc rgb '#0072B2' title "causal_sam_llm +1 round", \
     $bars7 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
