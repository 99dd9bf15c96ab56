set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$significance << EOD
0 0 0.5
0 1 1
0 2 1
0 3 1
0 4 1
0 5 1
0 6 1
1 0 0
1 1 0.5
1 2 0
1 3 0
1 4 0
1 5 0
1 6 0
2 0 0
2 1 1
2 2 0.5
2 3 1
2 4 1
2 5 1
2 6 0
3 0 0
3 1 0
3 2 0
3 3 0.5
3 4 0
3 5 0
3 6 0
4 0 0
4 1 0
4 2 0
4 3 0
4 4 0.5
4 5 0
4 6 0
5 0 0
5 1 0
5 2 0
5 3 0
5 4 0
5 5 0.5
5 6 0
6 0 0
6 1 1
6 2 1
6 3 1
6 4 1
6 5 1
6 6 0.5
EOD
unset grid
set border 0
set title "xmod_chaost2_to_btcvct"
set lmargin 23.25
set bmargin 11.625
set rmargin 18
set xrange [-0.5:6.5]
set yrange [6.5:-0.5]
set xtics ("atlas" 0, "intensity" 1, "unet" 2, "sam_decoder" 3, "causal_sam_llm" 4, "zeus" 5, "causal_sam_llm +1 round" 6) scale 0 rotate by 30 right
set ytics ("atlas" 0, "intensity" 1, "unet" 2, "sam_decoder" 3, "causal_sam_llm" 4, "zeus" 5, "causal_sam_llm +1 round" 6) scale 0
set xlabel "significantly better …"
set ylabel "… than"
set palette defined (0 '#56B4E9', 0.5 '#d9d9d9', 1 '#F0E442')
set cbrange [0:1]
unset colorbox
set label 1 "yellow: significant\nblue: not significant\ngrey: the method itself\n(one-sided Wilcoxon,\nHolm, 5 %)" at graph 1.06,0.95 left font ",7"
plot $significance using 1:2:(0.48):(0.48):3 with boxxyerror fs solid 1 noborder lc palette notitle
