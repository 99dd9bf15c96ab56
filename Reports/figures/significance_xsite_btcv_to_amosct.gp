set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$significance << EOD
0 0 0.5
0 1 0
0 2 0
0 3 0
0 4 0
0 5 0
0 6 0
0 7 0
1 0 0
1 1 0.5
1 2 0
1 3 0
1 4 0
1 5 0
1 6 0
1 7 0
2 0 1
2 1 1
2 2 0.5
2 3 1
2 4 0
2 5 0
2 6 0
2 7 0
3 0 0
3 1 0
3 2 0
3 3 0.5
3 4 0
3 5 0
3 6 0
3 7 0
4 0 1
4 1 1
4 2 0
4 3 1
4 4 0.5
4 5 0
4 6 0
4 7 0
5 0 1
5 1 1
5 2 0
5 3 1
5 4 0
5 5 0.5
5 6 0
5 7 0
6 0 1
6 1 1
6 2 0
6 3 1
6 4 0
6 5 0
6 6 0.5
6 7 0
7 0 1
7 1 1
7 2 0
7 3 1
7 4 0
7 5 0
7 6 0
7 7 0.5
EOD
unset grid
set border 0
set title "xsite_btcv_to_amosct"
set lmargin 23.25
set bmargin 11.625
set rmargin 18
set xrange [-0.5:7.5]
set yrange [7.5:-0.5]
set xtics ("atlas" 0, "intensity" 1, "unet" 2, "unet_style" 3, "sam_decoder" 4, "causal_sam_llm" 5, "zeus" 6, "causal_sam_llm +1 round" 7) scale 0 rotate by 30 right
set ytics ("atlas" 0, "intensity" 1, "unet" 2, "unet_style" 3, "sam_decoder" 4, "causal_sam_llm" 5, "zeus" 6, "causal_sam_llm +1 round" 7) scale 0
set xlabel "significantly better …"
set ylabel "… than"
set palette defined (0 '#56B4E9', 0.5 '#d9d9d9', 1 '#F0E442')
set cbrange [0:1]
unset colorbox
set label 1 "yellow: significant\nblue: not significant\ngrey: the method itself\n(one-sided Wilcoxon,\nHolm, 5 %)" at graph 1.06,0.95 left font ",7"
plot $significance using 1:2:(0.48):(0.48):3 with boxxyerror fs solid 1 noborder lc palette notitle
