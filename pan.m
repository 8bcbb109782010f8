#define rand	pan_rand
#define pthread_equal(a,b)	((a)==(b))
#if defined(HAS_CODE) && defined(VERBOSE)
	#ifdef BFS_PAR
		bfs_printf("Pr: %d Tr: %d\n", II, t->forw);
	#else
		cpu_printf("Pr: %d Tr: %d\n", II, t->forw);
	#endif
#endif
	switch (t->forw) {
	default: Uerror("bad forward move");
	case 0:	/* if without executable clauses */
		continue;
	case 1: /* generic 'goto' or 'skip' */
		IfNotBlocked
		_m = 3; goto P999;
	case 2: /* generic 'else' */
		IfNotBlocked
		if (trpt->o_pm&1) continue;
		_m = 3; goto P999;

		 /* PROC :init: */
	case 3: // STATE 1 - /tmp/u/r.pml:970 - [faulty[0] = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[0][1] = 1;
		(trpt+1)->bup.oval = ((int)now.faulty[0]);
		now.faulty[0] = 1;
#ifdef VAR_RANGES
		logval("faulty[0]", ((int)now.faulty[0]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 4: // STATE 2 - /tmp/u/r.pml:970 - [faulty[0] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][2] = 1;
		(trpt+1)->bup.oval = ((int)now.faulty[0]);
		now.faulty[0] = 0;
#ifdef VAR_RANGES
		logval("faulty[0]", ((int)now.faulty[0]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 5: // STATE 5 - /tmp/u/r.pml:971 - [faulty[1] = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[0][5] = 1;
		(trpt+1)->bup.oval = ((int)now.faulty[1]);
		now.faulty[1] = 1;
#ifdef VAR_RANGES
		logval("faulty[1]", ((int)now.faulty[1]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 6: // STATE 6 - /tmp/u/r.pml:971 - [faulty[1] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][6] = 1;
		(trpt+1)->bup.oval = ((int)now.faulty[1]);
		now.faulty[1] = 0;
#ifdef VAR_RANGES
		logval("faulty[1]", ((int)now.faulty[1]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 7: // STATE 9 - /tmp/u/r.pml:972 - [faulty[2] = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[0][9] = 1;
		(trpt+1)->bup.oval = ((int)now.faulty[2]);
		now.faulty[2] = 1;
#ifdef VAR_RANGES
		logval("faulty[2]", ((int)now.faulty[2]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 8: // STATE 10 - /tmp/u/r.pml:972 - [faulty[2] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][10] = 1;
		(trpt+1)->bup.oval = ((int)now.faulty[2]);
		now.faulty[2] = 0;
#ifdef VAR_RANGES
		logval("faulty[2]", ((int)now.faulty[2]));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 9: // STATE 13 - /tmp/u/r.pml:973 - [latency[0] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][13] = 1;
		(trpt+1)->bup.oval = now.latency[0];
		now.latency[0] = 0;
#ifdef VAR_RANGES
		logval("latency[0]", now.latency[0]);
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 10: // STATE 16 - /tmp/u/r.pml:974 - [latency[1] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][16] = 1;
		(trpt+1)->bup.oval = now.latency[1];
		now.latency[1] = 0;
#ifdef VAR_RANGES
		logval("latency[1]", now.latency[1]);
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 11: // STATE 19 - /tmp/u/r.pml:975 - [latency[2] = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[0][19] = 1;
		(trpt+1)->bup.oval = now.latency[2];
		now.latency[2] = 0;
#ifdef VAR_RANGES
		logval("latency[2]", now.latency[2]);
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 12: // STATE 501 - /tmp/u/r.pml:977 - [D_STEP977]
		IfNotBlocked

		reached[0][501] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_021_0: /* 2 */
		t0 = (((( (((int)now.faulty[0])) ? (1) : (0) )+( (((int)now.faulty[1])) ? (1) : (0) ))+( (((int)now.faulty[2])) ? (1) : (0) ))<=1);
#ifdef VAR_RANGES
		logval("t0", ((int)t0));
#endif
		;
S_022_0: /* 2 */
		t1 =  !(((int)now.faulty[1]));
#ifdef VAR_RANGES
		logval("t1", ((int)t1));
#endif
		;
S_023_0: /* 2 */
		t2 =  !(((int)now.faulty[2]));
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
S_024_0: /* 2 */
		t3 = (0<=now.latency[0]);
#ifdef VAR_RANGES
		logval("t3", ((int)t3));
#endif
		;
S_025_0: /* 2 */
		t4 = (now.latency[0]<=0);
#ifdef VAR_RANGES
		logval("t4", ((int)t4));
#endif
		;
S_026_0: /* 2 */
		t5 = (((int)t3)&&((int)t4));
#ifdef VAR_RANGES
		logval("t5", ((int)t5));
#endif
		;
S_027_0: /* 2 */
		t6 = (0<=now.latency[1]);
#ifdef VAR_RANGES
		logval("t6", ((int)t6));
#endif
		;
S_028_0: /* 2 */
		t7 = (now.latency[1]<=0);
#ifdef VAR_RANGES
		logval("t7", ((int)t7));
#endif
		;
S_029_0: /* 2 */
		t8 = (((int)t6)&&((int)t7));
#ifdef VAR_RANGES
		logval("t8", ((int)t8));
#endif
		;
S_030_0: /* 2 */
		t9 = (0<=now.latency[2]);
#ifdef VAR_RANGES
		logval("t9", ((int)t9));
#endif
		;
S_031_0: /* 2 */
		t10 = (now.latency[2]<=0);
#ifdef VAR_RANGES
		logval("t10", ((int)t10));
#endif
		;
S_032_0: /* 2 */
		t11 = (((int)t9)&&((int)t10));
#ifdef VAR_RANGES
		logval("t11", ((int)t11));
#endif
		;
S_033_0: /* 2 */
		t12 = (((((((int)t0)&&((int)t1))&&((int)t2))&&((int)t5))&&((int)t8))&&((int)t11));
#ifdef VAR_RANGES
		logval("t12", ((int)t12));
#endif
		;
S_034_0: /* 2 */
		t13 = ((int)t12);
#ifdef VAR_RANGES
		logval("t13", ((int)t13));
#endif
		;
S_035_0: /* 2 */
		t14 = (0||0);
#ifdef VAR_RANGES
		logval("t14", ((int)t14));
#endif
		;
S_036_0: /* 2 */
		t15 = (((int)t14)||0);
#ifdef VAR_RANGES
		logval("t15", ((int)t15));
#endif
		;
S_037_0: /* 2 */
		t16 = (2<=0);
#ifdef VAR_RANGES
		logval("t16", ((int)t16));
#endif
		;
S_038_0: /* 2 */
		t17 = (0+1);
#ifdef VAR_RANGES
		logval("t17", t17);
#endif
		;
S_039_0: /* 2 */
		t18 = ( (((int)t16)) ? (2) : (t17) );
#ifdef VAR_RANGES
		logval("t18", t18);
#endif
		;
S_040_0: /* 2 */
		t19 = ( (((int)t15)) ? (t18) : (0) );
#ifdef VAR_RANGES
		logval("t19", t19);
#endif
		;
S_041_0: /* 2 */
		t20 = (0||0);
#ifdef VAR_RANGES
		logval("t20", ((int)t20));
#endif
		;
S_042_0: /* 2 */
		t21 = (((int)t20)||0);
#ifdef VAR_RANGES
		logval("t21", ((int)t21));
#endif
		;
S_043_0: /* 2 */
		t22 = (2<=0);
#ifdef VAR_RANGES
		logval("t22", ((int)t22));
#endif
		;
S_044_0: /* 2 */
		t23 = (0+1);
#ifdef VAR_RANGES
		logval("t23", t23);
#endif
		;
S_045_0: /* 2 */
		t24 = ( (((int)t22)) ? (2) : (t23) );
#ifdef VAR_RANGES
		logval("t24", t24);
#endif
		;
S_046_0: /* 2 */
		t25 = ( (((int)t21)) ? (t24) : (0) );
#ifdef VAR_RANGES
		logval("t25", t25);
#endif
		;
S_047_0: /* 2 */
		t26 = (0||0);
#ifdef VAR_RANGES
		logval("t26", ((int)t26));
#endif
		;
S_048_0: /* 2 */
		t27 = (((int)t26)||0);
#ifdef VAR_RANGES
		logval("t27", ((int)t27));
#endif
		;
S_049_0: /* 2 */
		t28 = (2<=0);
#ifdef VAR_RANGES
		logval("t28", ((int)t28));
#endif
		;
S_050_0: /* 2 */
		t29 = (0+1);
#ifdef VAR_RANGES
		logval("t29", t29);
#endif
		;
S_051_0: /* 2 */
		t30 = ( (((int)t28)) ? (2) : (t29) );
#ifdef VAR_RANGES
		logval("t30", t30);
#endif
		;
S_052_0: /* 2 */
		t31 = ( (((int)t27)) ? (t30) : (0) );
#ifdef VAR_RANGES
		logval("t31", t31);
#endif
		;
S_053_0: /* 2 */
		t32 = (0||0);
#ifdef VAR_RANGES
		logval("t32", ((int)t32));
#endif
		;
S_054_0: /* 2 */
		t33 = (((int)t32)||0);
#ifdef VAR_RANGES
		logval("t33", ((int)t33));
#endif
		;
S_055_0: /* 2 */
		t34 = (2<=0);
#ifdef VAR_RANGES
		logval("t34", ((int)t34));
#endif
		;
S_056_0: /* 2 */
		t35 = (0+1);
#ifdef VAR_RANGES
		logval("t35", t35);
#endif
		;
S_057_0: /* 2 */
		t36 = ( (((int)t34)) ? (2) : (t35) );
#ifdef VAR_RANGES
		logval("t36", t36);
#endif
		;
S_058_0: /* 2 */
		t37 = ( (((int)t33)) ? (t36) : (0) );
#ifdef VAR_RANGES
		logval("t37", t37);
#endif
		;
S_059_0: /* 2 */
		t38 = (0||0);
#ifdef VAR_RANGES
		logval("t38", ((int)t38));
#endif
		;
S_060_0: /* 2 */
		t39 = (((int)t38)||0);
#ifdef VAR_RANGES
		logval("t39", ((int)t39));
#endif
		;
S_061_0: /* 2 */
		t40 = (2<=0);
#ifdef VAR_RANGES
		logval("t40", ((int)t40));
#endif
		;
S_062_0: /* 2 */
		t41 = (0+1);
#ifdef VAR_RANGES
		logval("t41", t41);
#endif
		;
S_063_0: /* 2 */
		t42 = ( (((int)t40)) ? (2) : (t41) );
#ifdef VAR_RANGES
		logval("t42", t42);
#endif
		;
S_064_0: /* 2 */
		t43 = ( (((int)t39)) ? (t42) : (0) );
#ifdef VAR_RANGES
		logval("t43", t43);
#endif
		;
S_065_0: /* 2 */
		t44 = (0||0);
#ifdef VAR_RANGES
		logval("t44", ((int)t44));
#endif
		;
S_066_0: /* 2 */
		t45 = (((int)t44)||0);
#ifdef VAR_RANGES
		logval("t45", ((int)t45));
#endif
		;
S_067_0: /* 2 */
		t46 = (2<=0);
#ifdef VAR_RANGES
		logval("t46", ((int)t46));
#endif
		;
S_068_0: /* 2 */
		t47 = (0+1);
#ifdef VAR_RANGES
		logval("t47", t47);
#endif
		;
S_069_0: /* 2 */
		t48 = ( (((int)t46)) ? (2) : (t47) );
#ifdef VAR_RANGES
		logval("t48", t48);
#endif
		;
S_070_0: /* 2 */
		t49 = ( (((int)t45)) ? (t48) : (0) );
#ifdef VAR_RANGES
		logval("t49", t49);
#endif
		;
S_071_0: /* 2 */
		t50 = (0||0);
#ifdef VAR_RANGES
		logval("t50", ((int)t50));
#endif
		;
S_072_0: /* 2 */
		t51 = (((int)t50)||0);
#ifdef VAR_RANGES
		logval("t51", ((int)t51));
#endif
		;
S_073_0: /* 2 */
		t52 = (2<=0);
#ifdef VAR_RANGES
		logval("t52", ((int)t52));
#endif
		;
S_074_0: /* 2 */
		t53 = (0+1);
#ifdef VAR_RANGES
		logval("t53", t53);
#endif
		;
S_075_0: /* 2 */
		t54 = ( (((int)t52)) ? (2) : (t53) );
#ifdef VAR_RANGES
		logval("t54", t54);
#endif
		;
S_076_0: /* 2 */
		t55 = ( (((int)t51)) ? (t54) : (0) );
#ifdef VAR_RANGES
		logval("t55", t55);
#endif
		;
S_077_0: /* 2 */
		t56 = (0||0);
#ifdef VAR_RANGES
		logval("t56", ((int)t56));
#endif
		;
S_078_0: /* 2 */
		t57 = (((int)t56)||0);
#ifdef VAR_RANGES
		logval("t57", ((int)t57));
#endif
		;
S_079_0: /* 2 */
		t58 = (2<=0);
#ifdef VAR_RANGES
		logval("t58", ((int)t58));
#endif
		;
S_080_0: /* 2 */
		t59 = (0+1);
#ifdef VAR_RANGES
		logval("t59", t59);
#endif
		;
S_081_0: /* 2 */
		t60 = ( (((int)t58)) ? (2) : (t59) );
#ifdef VAR_RANGES
		logval("t60", t60);
#endif
		;
S_082_0: /* 2 */
		t61 = ( (((int)t57)) ? (t60) : (0) );
#ifdef VAR_RANGES
		logval("t61", t61);
#endif
		;
S_083_0: /* 2 */
		t62 = (0||0);
#ifdef VAR_RANGES
		logval("t62", ((int)t62));
#endif
		;
S_084_0: /* 2 */
		t63 = (((int)t62)||0);
#ifdef VAR_RANGES
		logval("t63", ((int)t63));
#endif
		;
S_085_0: /* 2 */
		t64 = (2<=0);
#ifdef VAR_RANGES
		logval("t64", ((int)t64));
#endif
		;
S_086_0: /* 2 */
		t65 = (0+1);
#ifdef VAR_RANGES
		logval("t65", t65);
#endif
		;
S_087_0: /* 2 */
		t66 = ( (((int)t64)) ? (2) : (t65) );
#ifdef VAR_RANGES
		logval("t66", t66);
#endif
		;
S_088_0: /* 2 */
		t67 = ( (((int)t63)) ? (t66) : (0) );
#ifdef VAR_RANGES
		logval("t67", t67);
#endif
		;
S_089_0: /* 2 */
		t68 = (0||0);
#ifdef VAR_RANGES
		logval("t68", ((int)t68));
#endif
		;
S_090_0: /* 2 */
		t69 = (((int)t68)||0);
#ifdef VAR_RANGES
		logval("t69", ((int)t69));
#endif
		;
S_091_0: /* 2 */
		t70 = (2<=0);
#ifdef VAR_RANGES
		logval("t70", ((int)t70));
#endif
		;
S_092_0: /* 2 */
		t71 = (0+1);
#ifdef VAR_RANGES
		logval("t71", t71);
#endif
		;
S_093_0: /* 2 */
		t72 = ( (((int)t70)) ? (2) : (t71) );
#ifdef VAR_RANGES
		logval("t72", t72);
#endif
		;
S_094_0: /* 2 */
		t73 = ( (((int)t69)) ? (t72) : (0) );
#ifdef VAR_RANGES
		logval("t73", t73);
#endif
		;
S_095_0: /* 2 */
		t74 = (0||0);
#ifdef VAR_RANGES
		logval("t74", ((int)t74));
#endif
		;
S_096_0: /* 2 */
		t75 = (((int)t74)||0);
#ifdef VAR_RANGES
		logval("t75", ((int)t75));
#endif
		;
S_097_0: /* 2 */
		t76 =  !(((int)t75));
#ifdef VAR_RANGES
		logval("t76", ((int)t76));
#endif
		;
S_098_0: /* 2 */
		t77 = (0||0);
#ifdef VAR_RANGES
		logval("t77", ((int)t77));
#endif
		;
S_099_0: /* 2 */
		t78 = (((int)t77)||0);
#ifdef VAR_RANGES
		logval("t78", ((int)t78));
#endif
		;
S_100_0: /* 2 */
		t79 =  !(((int)t78));
#ifdef VAR_RANGES
		logval("t79", ((int)t79));
#endif
		;
S_101_0: /* 2 */
		t80 = (0||0);
#ifdef VAR_RANGES
		logval("t80", ((int)t80));
#endif
		;
S_102_0: /* 2 */
		t81 = (((int)t80)||0);
#ifdef VAR_RANGES
		logval("t81", ((int)t81));
#endif
		;
S_103_0: /* 2 */
		t82 =  !(((int)t81));
#ifdef VAR_RANGES
		logval("t82", ((int)t82));
#endif
		;
S_104_0: /* 2 */
		t83 = (0||0);
#ifdef VAR_RANGES
		logval("t83", ((int)t83));
#endif
		;
S_105_0: /* 2 */
		t84 = (((int)t83)||0);
#ifdef VAR_RANGES
		logval("t84", ((int)t84));
#endif
		;
S_106_0: /* 2 */
		t85 =  !(((int)t84));
#ifdef VAR_RANGES
		logval("t85", ((int)t85));
#endif
		;
S_107_0: /* 2 */
		t86 = (0||0);
#ifdef VAR_RANGES
		logval("t86", ((int)t86));
#endif
		;
S_108_0: /* 2 */
		t87 = (((int)t86)||0);
#ifdef VAR_RANGES
		logval("t87", ((int)t87));
#endif
		;
S_109_0: /* 2 */
		t88 =  !(((int)t87));
#ifdef VAR_RANGES
		logval("t88", ((int)t88));
#endif
		;
S_110_0: /* 2 */
		t89 = (0||0);
#ifdef VAR_RANGES
		logval("t89", ((int)t89));
#endif
		;
S_111_0: /* 2 */
		t90 = (((int)t89)||0);
#ifdef VAR_RANGES
		logval("t90", ((int)t90));
#endif
		;
S_112_0: /* 2 */
		t91 =  !(((int)t90));
#ifdef VAR_RANGES
		logval("t91", ((int)t91));
#endif
		;
S_113_0: /* 2 */
		t92 = (0||0);
#ifdef VAR_RANGES
		logval("t92", ((int)t92));
#endif
		;
S_114_0: /* 2 */
		t93 = (((int)t92)||0);
#ifdef VAR_RANGES
		logval("t93", ((int)t93));
#endif
		;
S_115_0: /* 2 */
		t94 =  !(((int)t93));
#ifdef VAR_RANGES
		logval("t94", ((int)t94));
#endif
		;
S_116_0: /* 2 */
		t95 = (0||0);
#ifdef VAR_RANGES
		logval("t95", ((int)t95));
#endif
		;
S_117_0: /* 2 */
		t96 = (((int)t95)||0);
#ifdef VAR_RANGES
		logval("t96", ((int)t96));
#endif
		;
S_118_0: /* 2 */
		t97 =  !(((int)t96));
#ifdef VAR_RANGES
		logval("t97", ((int)t97));
#endif
		;
S_119_0: /* 2 */
		t98 = (0||0);
#ifdef VAR_RANGES
		logval("t98", ((int)t98));
#endif
		;
S_120_0: /* 2 */
		t99 = (((int)t98)||0);
#ifdef VAR_RANGES
		logval("t99", ((int)t99));
#endif
		;
S_121_0: /* 2 */
		t100 =  !(((int)t99));
#ifdef VAR_RANGES
		logval("t100", ((int)t100));
#endif
		;
S_122_0: /* 2 */
		t101 = (0||0);
#ifdef VAR_RANGES
		logval("t101", ((int)t101));
#endif
		;
S_123_0: /* 2 */
		t102 = (((int)t101)||0);
#ifdef VAR_RANGES
		logval("t102", ((int)t102));
#endif
		;
S_124_0: /* 2 */
		t103 =  !(((int)t102));
#ifdef VAR_RANGES
		logval("t103", ((int)t103));
#endif
		;
S_125_0: /* 2 */
		t104 = ((((((((((( (((int)t76)) ? (1) : (0) )+( (((int)t79)) ? (1) : (0) ))+( (((int)t82)) ? (1) : (0) ))+( (((int)t85)) ? (1) : (0) ))+( (((int)t88)) ? (1) : (0) ))+( (((int)t91)) ? (1) : (0) ))+( (((int)t94)) ? (1) : (0) ))+( (((int)t97)) ? (1) : (0) ))+( (((int)t100)) ? (1) : (0) ))+( (((int)t103)) ? (1) : (0) ))>=6);
#ifdef VAR_RANGES
		logval("t104", ((int)t104));
#endif
		;
S_126_0: /* 2 */
		t105 = (0||0);
#ifdef VAR_RANGES
		logval("t105", ((int)t105));
#endif
		;
S_127_0: /* 2 */
		t106 = (((int)t105)||0);
#ifdef VAR_RANGES
		logval("t106", ((int)t106));
#endif
		;
S_128_0: /* 2 */
		t107 =  !(((int)t106));
#ifdef VAR_RANGES
		logval("t107", ((int)t107));
#endif
		;
S_129_0: /* 2 */
		t108 = (t19<=1);
#ifdef VAR_RANGES
		logval("t108", ((int)t108));
#endif
		;
S_130_0: /* 2 */
		t109 = (((int)t107)||((int)t108));
#ifdef VAR_RANGES
		logval("t109", ((int)t109));
#endif
		;
S_131_0: /* 2 */
		t110 =  !(((int)t109));
#ifdef VAR_RANGES
		logval("t110", ((int)t110));
#endif
		;
S_132_0: /* 2 */
		t111 = (0||0);
#ifdef VAR_RANGES
		logval("t111", ((int)t111));
#endif
		;
S_133_0: /* 2 */
		t112 = (((int)t111)||0);
#ifdef VAR_RANGES
		logval("t112", ((int)t112));
#endif
		;
S_134_0: /* 2 */
		t113 =  !(((int)t112));
#ifdef VAR_RANGES
		logval("t113", ((int)t113));
#endif
		;
S_135_0: /* 2 */
		t114 = (((int)t110)||((int)t113));
#ifdef VAR_RANGES
		logval("t114", ((int)t114));
#endif
		;
S_136_0: /* 2 */
		t115 =  !(((int)t114));
#ifdef VAR_RANGES
		logval("t115", ((int)t115));
#endif
		;
S_137_0: /* 2 */
		t116 =  !(((int)t115));
#ifdef VAR_RANGES
		logval("t116", ((int)t116));
#endif
		;
S_138_0: /* 2 */
		t117 = (0||0);
#ifdef VAR_RANGES
		logval("t117", ((int)t117));
#endif
		;
S_139_0: /* 2 */
		t118 = (((int)t117)||0);
#ifdef VAR_RANGES
		logval("t118", ((int)t118));
#endif
		;
S_140_0: /* 2 */
		t119 =  !(((int)t118));
#ifdef VAR_RANGES
		logval("t119", ((int)t119));
#endif
		;
S_141_0: /* 2 */
		t120 = (t25<=1);
#ifdef VAR_RANGES
		logval("t120", ((int)t120));
#endif
		;
S_142_0: /* 2 */
		t121 = (((int)t119)||((int)t120));
#ifdef VAR_RANGES
		logval("t121", ((int)t121));
#endif
		;
S_143_0: /* 2 */
		t122 =  !(((int)t121));
#ifdef VAR_RANGES
		logval("t122", ((int)t122));
#endif
		;
S_144_0: /* 2 */
		t123 = (0||0);
#ifdef VAR_RANGES
		logval("t123", ((int)t123));
#endif
		;
S_145_0: /* 2 */
		t124 = (((int)t123)||0);
#ifdef VAR_RANGES
		logval("t124", ((int)t124));
#endif
		;
S_146_0: /* 2 */
		t125 =  !(((int)t124));
#ifdef VAR_RANGES
		logval("t125", ((int)t125));
#endif
		;
S_147_0: /* 2 */
		t126 = (((int)t122)||((int)t125));
#ifdef VAR_RANGES
		logval("t126", ((int)t126));
#endif
		;
S_148_0: /* 2 */
		t127 =  !(((int)t126));
#ifdef VAR_RANGES
		logval("t127", ((int)t127));
#endif
		;
S_149_0: /* 2 */
		t128 =  !(((int)t127));
#ifdef VAR_RANGES
		logval("t128", ((int)t128));
#endif
		;
S_150_0: /* 2 */
		t129 = (0||0);
#ifdef VAR_RANGES
		logval("t129", ((int)t129));
#endif
		;
S_151_0: /* 2 */
		t130 = (((int)t129)||0);
#ifdef VAR_RANGES
		logval("t130", ((int)t130));
#endif
		;
S_152_0: /* 2 */
		t131 =  !(((int)t130));
#ifdef VAR_RANGES
		logval("t131", ((int)t131));
#endif
		;
S_153_0: /* 2 */
		t132 = (t31<=1);
#ifdef VAR_RANGES
		logval("t132", ((int)t132));
#endif
		;
S_154_0: /* 2 */
		t133 = (((int)t131)||((int)t132));
#ifdef VAR_RANGES
		logval("t133", ((int)t133));
#endif
		;
S_155_0: /* 2 */
		t134 =  !(((int)t133));
#ifdef VAR_RANGES
		logval("t134", ((int)t134));
#endif
		;
S_156_0: /* 2 */
		t135 = (0||0);
#ifdef VAR_RANGES
		logval("t135", ((int)t135));
#endif
		;
S_157_0: /* 2 */
		t136 = (((int)t135)||0);
#ifdef VAR_RANGES
		logval("t136", ((int)t136));
#endif
		;
S_158_0: /* 2 */
		t137 =  !(((int)t136));
#ifdef VAR_RANGES
		logval("t137", ((int)t137));
#endif
		;
S_159_0: /* 2 */
		t138 = (((int)t134)||((int)t137));
#ifdef VAR_RANGES
		logval("t138", ((int)t138));
#endif
		;
S_160_0: /* 2 */
		t139 =  !(((int)t138));
#ifdef VAR_RANGES
		logval("t139", ((int)t139));
#endif
		;
S_161_0: /* 2 */
		t140 =  !(((int)t139));
#ifdef VAR_RANGES
		logval("t140", ((int)t140));
#endif
		;
S_162_0: /* 2 */
		t141 = (0||0);
#ifdef VAR_RANGES
		logval("t141", ((int)t141));
#endif
		;
S_163_0: /* 2 */
		t142 = (((int)t141)||0);
#ifdef VAR_RANGES
		logval("t142", ((int)t142));
#endif
		;
S_164_0: /* 2 */
		t143 =  !(((int)t142));
#ifdef VAR_RANGES
		logval("t143", ((int)t143));
#endif
		;
S_165_0: /* 2 */
		t144 = (t37<=1);
#ifdef VAR_RANGES
		logval("t144", ((int)t144));
#endif
		;
S_166_0: /* 2 */
		t145 = (((int)t143)||((int)t144));
#ifdef VAR_RANGES
		logval("t145", ((int)t145));
#endif
		;
S_167_0: /* 2 */
		t146 =  !(((int)t145));
#ifdef VAR_RANGES
		logval("t146", ((int)t146));
#endif
		;
S_168_0: /* 2 */
		t147 = (0||0);
#ifdef VAR_RANGES
		logval("t147", ((int)t147));
#endif
		;
S_169_0: /* 2 */
		t148 = (((int)t147)||0);
#ifdef VAR_RANGES
		logval("t148", ((int)t148));
#endif
		;
S_170_0: /* 2 */
		t149 =  !(((int)t148));
#ifdef VAR_RANGES
		logval("t149", ((int)t149));
#endif
		;
S_171_0: /* 2 */
		t150 = (((int)t146)||((int)t149));
#ifdef VAR_RANGES
		logval("t150", ((int)t150));
#endif
		;
S_172_0: /* 2 */
		t151 =  !(((int)t150));
#ifdef VAR_RANGES
		logval("t151", ((int)t151));
#endif
		;
S_173_0: /* 2 */
		t152 =  !(((int)t151));
#ifdef VAR_RANGES
		logval("t152", ((int)t152));
#endif
		;
S_174_0: /* 2 */
		t153 = (0||0);
#ifdef VAR_RANGES
		logval("t153", ((int)t153));
#endif
		;
S_175_0: /* 2 */
		t154 = (((int)t153)||0);
#ifdef VAR_RANGES
		logval("t154", ((int)t154));
#endif
		;
S_176_0: /* 2 */
		t155 =  !(((int)t154));
#ifdef VAR_RANGES
		logval("t155", ((int)t155));
#endif
		;
S_177_0: /* 2 */
		t156 = (t43<=1);
#ifdef VAR_RANGES
		logval("t156", ((int)t156));
#endif
		;
S_178_0: /* 2 */
		t157 = (((int)t155)||((int)t156));
#ifdef VAR_RANGES
		logval("t157", ((int)t157));
#endif
		;
S_179_0: /* 2 */
		t158 =  !(((int)t157));
#ifdef VAR_RANGES
		logval("t158", ((int)t158));
#endif
		;
S_180_0: /* 2 */
		t159 = (0||0);
#ifdef VAR_RANGES
		logval("t159", ((int)t159));
#endif
		;
S_181_0: /* 2 */
		t160 = (((int)t159)||0);
#ifdef VAR_RANGES
		logval("t160", ((int)t160));
#endif
		;
S_182_0: /* 2 */
		t161 =  !(((int)t160));
#ifdef VAR_RANGES
		logval("t161", ((int)t161));
#endif
		;
S_183_0: /* 2 */
		t162 = (((int)t158)||((int)t161));
#ifdef VAR_RANGES
		logval("t162", ((int)t162));
#endif
		;
S_184_0: /* 2 */
		t163 =  !(((int)t162));
#ifdef VAR_RANGES
		logval("t163", ((int)t163));
#endif
		;
S_185_0: /* 2 */
		t164 =  !(((int)t163));
#ifdef VAR_RANGES
		logval("t164", ((int)t164));
#endif
		;
S_186_0: /* 2 */
		t165 = (0||0);
#ifdef VAR_RANGES
		logval("t165", ((int)t165));
#endif
		;
S_187_0: /* 2 */
		t166 = (((int)t165)||0);
#ifdef VAR_RANGES
		logval("t166", ((int)t166));
#endif
		;
S_188_0: /* 2 */
		t167 =  !(((int)t166));
#ifdef VAR_RANGES
		logval("t167", ((int)t167));
#endif
		;
S_189_0: /* 2 */
		t168 = (t49<=1);
#ifdef VAR_RANGES
		logval("t168", ((int)t168));
#endif
		;
S_190_0: /* 2 */
		t169 = (((int)t167)||((int)t168));
#ifdef VAR_RANGES
		logval("t169", ((int)t169));
#endif
		;
S_191_0: /* 2 */
		t170 =  !(((int)t169));
#ifdef VAR_RANGES
		logval("t170", ((int)t170));
#endif
		;
S_192_0: /* 2 */
		t171 = (0||0);
#ifdef VAR_RANGES
		logval("t171", ((int)t171));
#endif
		;
S_193_0: /* 2 */
		t172 = (((int)t171)||0);
#ifdef VAR_RANGES
		logval("t172", ((int)t172));
#endif
		;
S_194_0: /* 2 */
		t173 =  !(((int)t172));
#ifdef VAR_RANGES
		logval("t173", ((int)t173));
#endif
		;
S_195_0: /* 2 */
		t174 = (((int)t170)||((int)t173));
#ifdef VAR_RANGES
		logval("t174", ((int)t174));
#endif
		;
S_196_0: /* 2 */
		t175 =  !(((int)t174));
#ifdef VAR_RANGES
		logval("t175", ((int)t175));
#endif
		;
S_197_0: /* 2 */
		t176 =  !(((int)t175));
#ifdef VAR_RANGES
		logval("t176", ((int)t176));
#endif
		;
S_198_0: /* 2 */
		t177 = (0||0);
#ifdef VAR_RANGES
		logval("t177", ((int)t177));
#endif
		;
S_199_0: /* 2 */
		t178 = (((int)t177)||0);
#ifdef VAR_RANGES
		logval("t178", ((int)t178));
#endif
		;
S_200_0: /* 2 */
		t179 =  !(((int)t178));
#ifdef VAR_RANGES
		logval("t179", ((int)t179));
#endif
		;
S_201_0: /* 2 */
		t180 = (t55<=1);
#ifdef VAR_RANGES
		logval("t180", ((int)t180));
#endif
		;
S_202_0: /* 2 */
		t181 = (((int)t179)||((int)t180));
#ifdef VAR_RANGES
		logval("t181", ((int)t181));
#endif
		;
S_203_0: /* 2 */
		t182 =  !(((int)t181));
#ifdef VAR_RANGES
		logval("t182", ((int)t182));
#endif
		;
S_204_0: /* 2 */
		t183 = (0||0);
#ifdef VAR_RANGES
		logval("t183", ((int)t183));
#endif
		;
S_205_0: /* 2 */
		t184 = (((int)t183)||0);
#ifdef VAR_RANGES
		logval("t184", ((int)t184));
#endif
		;
S_206_0: /* 2 */
		t185 =  !(((int)t184));
#ifdef VAR_RANGES
		logval("t185", ((int)t185));
#endif
		;
S_207_0: /* 2 */
		t186 = (((int)t182)||((int)t185));
#ifdef VAR_RANGES
		logval("t186", ((int)t186));
#endif
		;
S_208_0: /* 2 */
		t187 =  !(((int)t186));
#ifdef VAR_RANGES
		logval("t187", ((int)t187));
#endif
		;
S_209_0: /* 2 */
		t188 =  !(((int)t187));
#ifdef VAR_RANGES
		logval("t188", ((int)t188));
#endif
		;
S_210_0: /* 2 */
		t189 = (0||0);
#ifdef VAR_RANGES
		logval("t189", ((int)t189));
#endif
		;
S_211_0: /* 2 */
		t190 = (((int)t189)||0);
#ifdef VAR_RANGES
		logval("t190", ((int)t190));
#endif
		;
S_212_0: /* 2 */
		t191 =  !(((int)t190));
#ifdef VAR_RANGES
		logval("t191", ((int)t191));
#endif
		;
S_213_0: /* 2 */
		t192 = (t61<=1);
#ifdef VAR_RANGES
		logval("t192", ((int)t192));
#endif
		;
S_214_0: /* 2 */
		t193 = (((int)t191)||((int)t192));
#ifdef VAR_RANGES
		logval("t193", ((int)t193));
#endif
		;
S_215_0: /* 2 */
		t194 =  !(((int)t193));
#ifdef VAR_RANGES
		logval("t194", ((int)t194));
#endif
		;
S_216_0: /* 2 */
		t195 = (0||0);
#ifdef VAR_RANGES
		logval("t195", ((int)t195));
#endif
		;
S_217_0: /* 2 */
		t196 = (((int)t195)||0);
#ifdef VAR_RANGES
		logval("t196", ((int)t196));
#endif
		;
S_218_0: /* 2 */
		t197 =  !(((int)t196));
#ifdef VAR_RANGES
		logval("t197", ((int)t197));
#endif
		;
S_219_0: /* 2 */
		t198 = (((int)t194)||((int)t197));
#ifdef VAR_RANGES
		logval("t198", ((int)t198));
#endif
		;
S_220_0: /* 2 */
		t199 =  !(((int)t198));
#ifdef VAR_RANGES
		logval("t199", ((int)t199));
#endif
		;
S_221_0: /* 2 */
		t200 =  !(((int)t199));
#ifdef VAR_RANGES
		logval("t200", ((int)t200));
#endif
		;
S_222_0: /* 2 */
		t201 = (0||0);
#ifdef VAR_RANGES
		logval("t201", ((int)t201));
#endif
		;
S_223_0: /* 2 */
		t202 = (((int)t201)||0);
#ifdef VAR_RANGES
		logval("t202", ((int)t202));
#endif
		;
S_224_0: /* 2 */
		t203 =  !(((int)t202));
#ifdef VAR_RANGES
		logval("t203", ((int)t203));
#endif
		;
S_225_0: /* 2 */
		t204 = (t67<=1);
#ifdef VAR_RANGES
		logval("t204", ((int)t204));
#endif
		;
S_226_0: /* 2 */
		t205 = (((int)t203)||((int)t204));
#ifdef VAR_RANGES
		logval("t205", ((int)t205));
#endif
		;
S_227_0: /* 2 */
		t206 =  !(((int)t205));
#ifdef VAR_RANGES
		logval("t206", ((int)t206));
#endif
		;
S_228_0: /* 2 */
		t207 = (0||0);
#ifdef VAR_RANGES
		logval("t207", ((int)t207));
#endif
		;
S_229_0: /* 2 */
		t208 = (((int)t207)||0);
#ifdef VAR_RANGES
		logval("t208", ((int)t208));
#endif
		;
S_230_0: /* 2 */
		t209 =  !(((int)t208));
#ifdef VAR_RANGES
		logval("t209", ((int)t209));
#endif
		;
S_231_0: /* 2 */
		t210 = (((int)t206)||((int)t209));
#ifdef VAR_RANGES
		logval("t210", ((int)t210));
#endif
		;
S_232_0: /* 2 */
		t211 =  !(((int)t210));
#ifdef VAR_RANGES
		logval("t211", ((int)t211));
#endif
		;
S_233_0: /* 2 */
		t212 =  !(((int)t211));
#ifdef VAR_RANGES
		logval("t212", ((int)t212));
#endif
		;
S_234_0: /* 2 */
		t213 = (0||0);
#ifdef VAR_RANGES
		logval("t213", ((int)t213));
#endif
		;
S_235_0: /* 2 */
		t214 = (((int)t213)||0);
#ifdef VAR_RANGES
		logval("t214", ((int)t214));
#endif
		;
S_236_0: /* 2 */
		t215 =  !(((int)t214));
#ifdef VAR_RANGES
		logval("t215", ((int)t215));
#endif
		;
S_237_0: /* 2 */
		t216 = (t73<=1);
#ifdef VAR_RANGES
		logval("t216", ((int)t216));
#endif
		;
S_238_0: /* 2 */
		t217 = (((int)t215)||((int)t216));
#ifdef VAR_RANGES
		logval("t217", ((int)t217));
#endif
		;
S_239_0: /* 2 */
		t218 =  !(((int)t217));
#ifdef VAR_RANGES
		logval("t218", ((int)t218));
#endif
		;
S_240_0: /* 2 */
		t219 = (0||0);
#ifdef VAR_RANGES
		logval("t219", ((int)t219));
#endif
		;
S_241_0: /* 2 */
		t220 = (((int)t219)||0);
#ifdef VAR_RANGES
		logval("t220", ((int)t220));
#endif
		;
S_242_0: /* 2 */
		t221 =  !(((int)t220));
#ifdef VAR_RANGES
		logval("t221", ((int)t221));
#endif
		;
S_243_0: /* 2 */
		t222 = (((int)t218)||((int)t221));
#ifdef VAR_RANGES
		logval("t222", ((int)t222));
#endif
		;
S_244_0: /* 2 */
		t223 =  !(((int)t222));
#ifdef VAR_RANGES
		logval("t223", ((int)t223));
#endif
		;
S_245_0: /* 2 */
		t224 =  !(((int)t223));
#ifdef VAR_RANGES
		logval("t224", ((int)t224));
#endif
		;
S_246_0: /* 2 */
		t225 = (((((((((((int)t116)&&((int)t128))&&((int)t140))&&((int)t152))&&((int)t164))&&((int)t176))&&((int)t188))&&((int)t200))&&((int)t212))&&((int)t224));
#ifdef VAR_RANGES
		logval("t225", ((int)t225));
#endif
		;
S_247_0: /* 2 */
		t226 = (((int)t104)&&((int)t225));
#ifdef VAR_RANGES
		logval("t226", ((int)t226));
#endif
		;
S_248_0: /* 2 */
		t227 = (2<=0);
#ifdef VAR_RANGES
		logval("t227", ((int)t227));
#endif
		;
S_249_0: /* 2 */
		t228 = (0+1);
#ifdef VAR_RANGES
		logval("t228", t228);
#endif
		;
S_250_0: /* 2 */
		t229 = ( (((int)t227)) ? (2) : (t228) );
#ifdef VAR_RANGES
		logval("t229", t229);
#endif
		;
S_251_0: /* 2 */
		t230 = ( (((int)t226)) ? (0) : (t229) );
#ifdef VAR_RANGES
		logval("t230", t230);
#endif
		;
S_252_0: /* 2 */
		t231 = 0;
#ifdef VAR_RANGES
		logval("t231", t231);
#endif
		;
S_253_0: /* 2 */
		t232 = ((int)now.faulty[0]);
#ifdef VAR_RANGES
		logval("t232", ((int)t232));
#endif
		;
S_254_0: /* 2 */
		t233 = ((int)now.faulty[1]);
#ifdef VAR_RANGES
		logval("t233", ((int)t233));
#endif
		;
S_255_0: /* 2 */
		t234 = ((int)now.faulty[2]);
#ifdef VAR_RANGES
		logval("t234", ((int)t234));
#endif
		;
S_256_0: /* 2 */
		t235 = now.latency[0];
#ifdef VAR_RANGES
		logval("t235", t235);
#endif
		;
S_257_0: /* 2 */
		t236 = now.latency[1];
#ifdef VAR_RANGES
		logval("t236", t236);
#endif
		;
S_258_0: /* 2 */
		t237 = now.latency[2];
#ifdef VAR_RANGES
		logval("t237", t237);
#endif
		;
S_259_0: /* 2 */
		t238 = 0;
#ifdef VAR_RANGES
		logval("t238", ((int)t238));
#endif
		;
S_260_0: /* 2 */
		t239 = 0;
#ifdef VAR_RANGES
		logval("t239", ((int)t239));
#endif
		;
S_261_0: /* 2 */
		t240 = 0;
#ifdef VAR_RANGES
		logval("t240", ((int)t240));
#endif
		;
S_262_0: /* 2 */
		t241 = 0;
#ifdef VAR_RANGES
		logval("t241", ((int)t241));
#endif
		;
S_263_0: /* 2 */
		t242 = 0;
#ifdef VAR_RANGES
		logval("t242", ((int)t242));
#endif
		;
S_264_0: /* 2 */
		t243 = 0;
#ifdef VAR_RANGES
		logval("t243", ((int)t243));
#endif
		;
S_265_0: /* 2 */
		t244 = 0;
#ifdef VAR_RANGES
		logval("t244", ((int)t244));
#endif
		;
S_266_0: /* 2 */
		t245 = 0;
#ifdef VAR_RANGES
		logval("t245", ((int)t245));
#endif
		;
S_267_0: /* 2 */
		t246 = 0;
#ifdef VAR_RANGES
		logval("t246", ((int)t246));
#endif
		;
S_268_0: /* 2 */
		t247 = 0;
#ifdef VAR_RANGES
		logval("t247", ((int)t247));
#endif
		;
S_269_0: /* 2 */
		t248 = 0;
#ifdef VAR_RANGES
		logval("t248", ((int)t248));
#endif
		;
S_270_0: /* 2 */
		t249 = 0;
#ifdef VAR_RANGES
		logval("t249", ((int)t249));
#endif
		;
S_271_0: /* 2 */
		t250 = 0;
#ifdef VAR_RANGES
		logval("t250", ((int)t250));
#endif
		;
S_272_0: /* 2 */
		t251 = 0;
#ifdef VAR_RANGES
		logval("t251", ((int)t251));
#endif
		;
S_273_0: /* 2 */
		t252 = 0;
#ifdef VAR_RANGES
		logval("t252", ((int)t252));
#endif
		;
S_274_0: /* 2 */
		t253 = 0;
#ifdef VAR_RANGES
		logval("t253", ((int)t253));
#endif
		;
S_275_0: /* 2 */
		t254 = 0;
#ifdef VAR_RANGES
		logval("t254", ((int)t254));
#endif
		;
S_276_0: /* 2 */
		t255 = 0;
#ifdef VAR_RANGES
		logval("t255", ((int)t255));
#endif
		;
S_277_0: /* 2 */
		t256 = 0;
#ifdef VAR_RANGES
		logval("t256", ((int)t256));
#endif
		;
S_278_0: /* 2 */
		t257 = 0;
#ifdef VAR_RANGES
		logval("t257", ((int)t257));
#endif
		;
S_279_0: /* 2 */
		t258 = 0;
#ifdef VAR_RANGES
		logval("t258", ((int)t258));
#endif
		;
S_280_0: /* 2 */
		t259 = 0;
#ifdef VAR_RANGES
		logval("t259", ((int)t259));
#endif
		;
S_281_0: /* 2 */
		t260 = 0;
#ifdef VAR_RANGES
		logval("t260", ((int)t260));
#endif
		;
S_282_0: /* 2 */
		t261 = 0;
#ifdef VAR_RANGES
		logval("t261", ((int)t261));
#endif
		;
S_283_0: /* 2 */
		t262 = 0;
#ifdef VAR_RANGES
		logval("t262", ((int)t262));
#endif
		;
S_284_0: /* 2 */
		t263 = 0;
#ifdef VAR_RANGES
		logval("t263", ((int)t263));
#endif
		;
S_285_0: /* 2 */
		t264 = 0;
#ifdef VAR_RANGES
		logval("t264", ((int)t264));
#endif
		;
S_286_0: /* 2 */
		t265 = 0;
#ifdef VAR_RANGES
		logval("t265", ((int)t265));
#endif
		;
S_287_0: /* 2 */
		t266 = 0;
#ifdef VAR_RANGES
		logval("t266", ((int)t266));
#endif
		;
S_288_0: /* 2 */
		t267 = 0;
#ifdef VAR_RANGES
		logval("t267", ((int)t267));
#endif
		;
S_289_0: /* 2 */
		t268 = 0;
#ifdef VAR_RANGES
		logval("t268", ((int)t268));
#endif
		;
S_290_0: /* 2 */
		t269 = 0;
#ifdef VAR_RANGES
		logval("t269", ((int)t269));
#endif
		;
S_291_0: /* 2 */
		t270 = t19;
#ifdef VAR_RANGES
		logval("t270", t270);
#endif
		;
S_292_0: /* 2 */
		t271 = t25;
#ifdef VAR_RANGES
		logval("t271", t271);
#endif
		;
S_293_0: /* 2 */
		t272 = t31;
#ifdef VAR_RANGES
		logval("t272", t272);
#endif
		;
S_294_0: /* 2 */
		t273 = t37;
#ifdef VAR_RANGES
		logval("t273", t273);
#endif
		;
S_295_0: /* 2 */
		t274 = t43;
#ifdef VAR_RANGES
		logval("t274", t274);
#endif
		;
S_296_0: /* 2 */
		t275 = t49;
#ifdef VAR_RANGES
		logval("t275", t275);
#endif
		;
S_297_0: /* 2 */
		t276 = t55;
#ifdef VAR_RANGES
		logval("t276", t276);
#endif
		;
S_298_0: /* 2 */
		t277 = t61;
#ifdef VAR_RANGES
		logval("t277", t277);
#endif
		;
S_299_0: /* 2 */
		t278 = t67;
#ifdef VAR_RANGES
		logval("t278", t278);
#endif
		;
S_300_0: /* 2 */
		t279 = t73;
#ifdef VAR_RANGES
		logval("t279", t279);
#endif
		;
S_301_0: /* 2 */
		t280 =  -(1);
#ifdef VAR_RANGES
		logval("t280", t280);
#endif
		;
S_302_0: /* 2 */
		t281 =  -(1);
#ifdef VAR_RANGES
		logval("t281", t281);
#endif
		;
S_303_0: /* 2 */
		t282 =  -(1);
#ifdef VAR_RANGES
		logval("t282", t282);
#endif
		;
S_304_0: /* 2 */
		t283 =  -(1);
#ifdef VAR_RANGES
		logval("t283", t283);
#endif
		;
S_305_0: /* 2 */
		t284 =  -(1);
#ifdef VAR_RANGES
		logval("t284", t284);
#endif
		;
S_306_0: /* 2 */
		t285 =  -(1);
#ifdef VAR_RANGES
		logval("t285", t285);
#endif
		;
S_307_0: /* 2 */
		t286 =  -(1);
#ifdef VAR_RANGES
		logval("t286", t286);
#endif
		;
S_308_0: /* 2 */
		t287 =  -(1);
#ifdef VAR_RANGES
		logval("t287", t287);
#endif
		;
S_309_0: /* 2 */
		t288 =  -(1);
#ifdef VAR_RANGES
		logval("t288", t288);
#endif
		;
S_310_0: /* 2 */
		t289 =  -(1);
#ifdef VAR_RANGES
		logval("t289", t289);
#endif
		;
S_311_0: /* 2 */
		t290 =  -(1);
#ifdef VAR_RANGES
		logval("t290", t290);
#endif
		;
S_312_0: /* 2 */
		t291 =  -(1);
#ifdef VAR_RANGES
		logval("t291", t291);
#endif
		;
S_313_0: /* 2 */
		t292 =  -(1);
#ifdef VAR_RANGES
		logval("t292", t292);
#endif
		;
S_314_0: /* 2 */
		t293 =  -(1);
#ifdef VAR_RANGES
		logval("t293", t293);
#endif
		;
S_315_0: /* 2 */
		t294 =  -(1);
#ifdef VAR_RANGES
		logval("t294", t294);
#endif
		;
S_316_0: /* 2 */
		t295 =  -(1);
#ifdef VAR_RANGES
		logval("t295", t295);
#endif
		;
S_317_0: /* 2 */
		t296 =  -(1);
#ifdef VAR_RANGES
		logval("t296", t296);
#endif
		;
S_318_0: /* 2 */
		t297 =  -(1);
#ifdef VAR_RANGES
		logval("t297", t297);
#endif
		;
S_319_0: /* 2 */
		t298 =  -(1);
#ifdef VAR_RANGES
		logval("t298", t298);
#endif
		;
S_320_0: /* 2 */
		t299 =  -(1);
#ifdef VAR_RANGES
		logval("t299", t299);
#endif
		;
S_321_0: /* 2 */
		t300 =  -(1);
#ifdef VAR_RANGES
		logval("t300", t300);
#endif
		;
S_322_0: /* 2 */
		t301 =  -(1);
#ifdef VAR_RANGES
		logval("t301", t301);
#endif
		;
S_323_0: /* 2 */
		t302 =  -(1);
#ifdef VAR_RANGES
		logval("t302", t302);
#endif
		;
S_324_0: /* 2 */
		t303 =  -(1);
#ifdef VAR_RANGES
		logval("t303", t303);
#endif
		;
S_325_0: /* 2 */
		t304 =  -(1);
#ifdef VAR_RANGES
		logval("t304", t304);
#endif
		;
S_326_0: /* 2 */
		t305 =  -(1);
#ifdef VAR_RANGES
		logval("t305", t305);
#endif
		;
S_327_0: /* 2 */
		t306 =  -(1);
#ifdef VAR_RANGES
		logval("t306", t306);
#endif
		;
S_328_0: /* 2 */
		t307 =  -(1);
#ifdef VAR_RANGES
		logval("t307", t307);
#endif
		;
S_329_0: /* 2 */
		t308 =  -(1);
#ifdef VAR_RANGES
		logval("t308", t308);
#endif
		;
S_330_0: /* 2 */
		t309 =  -(1);
#ifdef VAR_RANGES
		logval("t309", t309);
#endif
		;
S_331_0: /* 2 */
		t310 =  -(1);
#ifdef VAR_RANGES
		logval("t310", t310);
#endif
		;
S_332_0: /* 2 */
		t311 = 0;
#ifdef VAR_RANGES
		logval("t311", ((int)t311));
#endif
		;
S_333_0: /* 2 */
		t312 = 0;
#ifdef VAR_RANGES
		logval("t312", ((int)t312));
#endif
		;
S_334_0: /* 2 */
		t313 = 0;
#ifdef VAR_RANGES
		logval("t313", t313);
#endif
		;
S_335_0: /* 2 */
		t314 = 0;
#ifdef VAR_RANGES
		logval("t314", ((int)t314));
#endif
		;
S_336_0: /* 2 */
		t315 = t230;
#ifdef VAR_RANGES
		logval("t315", t315);
#endif
		;
S_337_0: /* 2 */
		t316 = 0;
#ifdef VAR_RANGES
		logval("t316", t316);
#endif
		;
S_338_0: /* 2 */
		t317 = 0;
#ifdef VAR_RANGES
		logval("t317", t317);
#endif
		;
S_339_0: /* 2 */
		allowed = ((int)t13);
#ifdef VAR_RANGES
		logval("allowed", ((int)allowed));
#endif
		;
S_340_0: /* 2 */
		now.clock = t231;
#ifdef VAR_RANGES
		logval("clock", now.clock);
#endif
		;
S_341_0: /* 2 */
		now.faulty[0] = ((int)t232);
#ifdef VAR_RANGES
		logval("faulty[0]", ((int)now.faulty[0]));
#endif
		;
S_342_0: /* 2 */
		now.faulty[1] = ((int)t233);
#ifdef VAR_RANGES
		logval("faulty[1]", ((int)now.faulty[1]));
#endif
		;
S_343_0: /* 2 */
		now.faulty[2] = ((int)t234);
#ifdef VAR_RANGES
		logval("faulty[2]", ((int)now.faulty[2]));
#endif
		;
S_344_0: /* 2 */
		now.latency[0] = t235;
#ifdef VAR_RANGES
		logval("latency[0]", now.latency[0]);
#endif
		;
S_345_0: /* 2 */
		now.latency[1] = t236;
#ifdef VAR_RANGES
		logval("latency[1]", now.latency[1]);
#endif
		;
S_346_0: /* 2 */
		now.latency[2] = t237;
#ifdef VAR_RANGES
		logval("latency[2]", now.latency[2]);
#endif
		;
S_347_0: /* 2 */
		now.lost[0] = ((int)t238);
#ifdef VAR_RANGES
		logval("lost[0]", ((int)now.lost[0]));
#endif
		;
S_348_0: /* 2 */
		now.lost[1] = ((int)t239);
#ifdef VAR_RANGES
		logval("lost[1]", ((int)now.lost[1]));
#endif
		;
S_349_0: /* 2 */
		now.crashed[0] = ((int)t240);
#ifdef VAR_RANGES
		logval("crashed[0]", ((int)now.crashed[0]));
#endif
		;
S_350_0: /* 2 */
		now.crashed[1] = ((int)t241);
#ifdef VAR_RANGES
		logval("crashed[1]", ((int)now.crashed[1]));
#endif
		;
S_351_0: /* 2 */
		now.crashed[2] = ((int)t242);
#ifdef VAR_RANGES
		logval("crashed[2]", ((int)now.crashed[2]));
#endif
		;
S_352_0: /* 2 */
		now.crashed[3] = ((int)t243);
#ifdef VAR_RANGES
		logval("crashed[3]", ((int)now.crashed[3]));
#endif
		;
S_353_0: /* 2 */
		now.crashed[4] = ((int)t244);
#ifdef VAR_RANGES
		logval("crashed[4]", ((int)now.crashed[4]));
#endif
		;
S_354_0: /* 2 */
		now.crashed[5] = ((int)t245);
#ifdef VAR_RANGES
		logval("crashed[5]", ((int)now.crashed[5]));
#endif
		;
S_355_0: /* 2 */
		now.crashed[6] = ((int)t246);
#ifdef VAR_RANGES
		logval("crashed[6]", ((int)now.crashed[6]));
#endif
		;
S_356_0: /* 2 */
		now.crashed[7] = ((int)t247);
#ifdef VAR_RANGES
		logval("crashed[7]", ((int)now.crashed[7]));
#endif
		;
S_357_0: /* 2 */
		now.crashed[8] = ((int)t248);
#ifdef VAR_RANGES
		logval("crashed[8]", ((int)now.crashed[8]));
#endif
		;
S_358_0: /* 2 */
		now.crashed[9] = ((int)t249);
#ifdef VAR_RANGES
		logval("crashed[9]", ((int)now.crashed[9]));
#endif
		;
S_359_0: /* 2 */
		now.applied[0] = ((int)t250);
#ifdef VAR_RANGES
		logval("applied[0]", ((int)now.applied[0]));
#endif
		;
S_360_0: /* 2 */
		now.applied[1] = ((int)t251);
#ifdef VAR_RANGES
		logval("applied[1]", ((int)now.applied[1]));
#endif
		;
S_361_0: /* 2 */
		now.applied[2] = ((int)t252);
#ifdef VAR_RANGES
		logval("applied[2]", ((int)now.applied[2]));
#endif
		;
S_362_0: /* 2 */
		now.applied[3] = ((int)t253);
#ifdef VAR_RANGES
		logval("applied[3]", ((int)now.applied[3]));
#endif
		;
S_363_0: /* 2 */
		now.applied[4] = ((int)t254);
#ifdef VAR_RANGES
		logval("applied[4]", ((int)now.applied[4]));
#endif
		;
S_364_0: /* 2 */
		now.applied[5] = ((int)t255);
#ifdef VAR_RANGES
		logval("applied[5]", ((int)now.applied[5]));
#endif
		;
S_365_0: /* 2 */
		now.applied[6] = ((int)t256);
#ifdef VAR_RANGES
		logval("applied[6]", ((int)now.applied[6]));
#endif
		;
S_366_0: /* 2 */
		now.applied[7] = ((int)t257);
#ifdef VAR_RANGES
		logval("applied[7]", ((int)now.applied[7]));
#endif
		;
S_367_0: /* 2 */
		now.applied[8] = ((int)t258);
#ifdef VAR_RANGES
		logval("applied[8]", ((int)now.applied[8]));
#endif
		;
S_368_0: /* 2 */
		now.applied[9] = ((int)t259);
#ifdef VAR_RANGES
		logval("applied[9]", ((int)now.applied[9]));
#endif
		;
S_369_0: /* 2 */
		now.looping[0] = ((int)t260);
#ifdef VAR_RANGES
		logval("looping[0]", ((int)now.looping[0]));
#endif
		;
S_370_0: /* 2 */
		now.looping[1] = ((int)t261);
#ifdef VAR_RANGES
		logval("looping[1]", ((int)now.looping[1]));
#endif
		;
S_371_0: /* 2 */
		now.looping[2] = ((int)t262);
#ifdef VAR_RANGES
		logval("looping[2]", ((int)now.looping[2]));
#endif
		;
S_372_0: /* 2 */
		now.looping[3] = ((int)t263);
#ifdef VAR_RANGES
		logval("looping[3]", ((int)now.looping[3]));
#endif
		;
S_373_0: /* 2 */
		now.looping[4] = ((int)t264);
#ifdef VAR_RANGES
		logval("looping[4]", ((int)now.looping[4]));
#endif
		;
S_374_0: /* 2 */
		now.looping[5] = ((int)t265);
#ifdef VAR_RANGES
		logval("looping[5]", ((int)now.looping[5]));
#endif
		;
S_375_0: /* 2 */
		now.looping[6] = ((int)t266);
#ifdef VAR_RANGES
		logval("looping[6]", ((int)now.looping[6]));
#endif
		;
S_376_0: /* 2 */
		now.looping[7] = ((int)t267);
#ifdef VAR_RANGES
		logval("looping[7]", ((int)now.looping[7]));
#endif
		;
S_377_0: /* 2 */
		now.looping[8] = ((int)t268);
#ifdef VAR_RANGES
		logval("looping[8]", ((int)now.looping[8]));
#endif
		;
S_378_0: /* 2 */
		now.looping[9] = ((int)t269);
#ifdef VAR_RANGES
		logval("looping[9]", ((int)now.looping[9]));
#endif
		;
S_379_0: /* 2 */
		now.visible_for[0] = t270;
#ifdef VAR_RANGES
		logval("visible_for[0]", now.visible_for[0]);
#endif
		;
S_380_0: /* 2 */
		now.visible_for[1] = t271;
#ifdef VAR_RANGES
		logval("visible_for[1]", now.visible_for[1]);
#endif
		;
S_381_0: /* 2 */
		now.visible_for[2] = t272;
#ifdef VAR_RANGES
		logval("visible_for[2]", now.visible_for[2]);
#endif
		;
S_382_0: /* 2 */
		now.visible_for[3] = t273;
#ifdef VAR_RANGES
		logval("visible_for[3]", now.visible_for[3]);
#endif
		;
S_383_0: /* 2 */
		now.visible_for[4] = t274;
#ifdef VAR_RANGES
		logval("visible_for[4]", now.visible_for[4]);
#endif
		;
S_384_0: /* 2 */
		now.visible_for[5] = t275;
#ifdef VAR_RANGES
		logval("visible_for[5]", now.visible_for[5]);
#endif
		;
S_385_0: /* 2 */
		now.visible_for[6] = t276;
#ifdef VAR_RANGES
		logval("visible_for[6]", now.visible_for[6]);
#endif
		;
S_386_0: /* 2 */
		now.visible_for[7] = t277;
#ifdef VAR_RANGES
		logval("visible_for[7]", now.visible_for[7]);
#endif
		;
S_387_0: /* 2 */
		now.visible_for[8] = t278;
#ifdef VAR_RANGES
		logval("visible_for[8]", now.visible_for[8]);
#endif
		;
S_388_0: /* 2 */
		now.visible_for[9] = t279;
#ifdef VAR_RANGES
		logval("visible_for[9]", now.visible_for[9]);
#endif
		;
S_389_0: /* 2 */
		now.restart_age[0] = t280;
#ifdef VAR_RANGES
		logval("restart_age[0]", now.restart_age[0]);
#endif
		;
S_390_0: /* 2 */
		now.restart_age[1] = t281;
#ifdef VAR_RANGES
		logval("restart_age[1]", now.restart_age[1]);
#endif
		;
S_391_0: /* 2 */
		now.restart_age[2] = t282;
#ifdef VAR_RANGES
		logval("restart_age[2]", now.restart_age[2]);
#endif
		;
S_392_0: /* 2 */
		now.restart_age[3] = t283;
#ifdef VAR_RANGES
		logval("restart_age[3]", now.restart_age[3]);
#endif
		;
S_393_0: /* 2 */
		now.restart_age[4] = t284;
#ifdef VAR_RANGES
		logval("restart_age[4]", now.restart_age[4]);
#endif
		;
S_394_0: /* 2 */
		now.restart_age[5] = t285;
#ifdef VAR_RANGES
		logval("restart_age[5]", now.restart_age[5]);
#endif
		;
S_395_0: /* 2 */
		now.restart_age[6] = t286;
#ifdef VAR_RANGES
		logval("restart_age[6]", now.restart_age[6]);
#endif
		;
S_396_0: /* 2 */
		now.restart_age[7] = t287;
#ifdef VAR_RANGES
		logval("restart_age[7]", now.restart_age[7]);
#endif
		;
S_397_0: /* 2 */
		now.restart_age[8] = t288;
#ifdef VAR_RANGES
		logval("restart_age[8]", now.restart_age[8]);
#endif
		;
S_398_0: /* 2 */
		now.restart_age[9] = t289;
#ifdef VAR_RANGES
		logval("restart_age[9]", now.restart_age[9]);
#endif
		;
S_399_0: /* 2 */
		now.heard_for[0] = t290;
#ifdef VAR_RANGES
		logval("heard_for[0]", now.heard_for[0]);
#endif
		;
S_400_0: /* 2 */
		now.heard_for[1] = t291;
#ifdef VAR_RANGES
		logval("heard_for[1]", now.heard_for[1]);
#endif
		;
S_401_0: /* 2 */
		now.heard_for[2] = t292;
#ifdef VAR_RANGES
		logval("heard_for[2]", now.heard_for[2]);
#endif
		;
S_402_0: /* 2 */
		now.heard_for[3] = t293;
#ifdef VAR_RANGES
		logval("heard_for[3]", now.heard_for[3]);
#endif
		;
S_403_0: /* 2 */
		now.heard_for[4] = t294;
#ifdef VAR_RANGES
		logval("heard_for[4]", now.heard_for[4]);
#endif
		;
S_404_0: /* 2 */
		now.heard_for[5] = t295;
#ifdef VAR_RANGES
		logval("heard_for[5]", now.heard_for[5]);
#endif
		;
S_405_0: /* 2 */
		now.heard_for[6] = t296;
#ifdef VAR_RANGES
		logval("heard_for[6]", now.heard_for[6]);
#endif
		;
S_406_0: /* 2 */
		now.heard_for[7] = t297;
#ifdef VAR_RANGES
		logval("heard_for[7]", now.heard_for[7]);
#endif
		;
S_407_0: /* 2 */
		now.heard_for[8] = t298;
#ifdef VAR_RANGES
		logval("heard_for[8]", now.heard_for[8]);
#endif
		;
S_408_0: /* 2 */
		now.heard_for[9] = t299;
#ifdef VAR_RANGES
		logval("heard_for[9]", now.heard_for[9]);
#endif
		;
S_409_0: /* 2 */
		now.applied_for[0] = t300;
#ifdef VAR_RANGES
		logval("applied_for[0]", now.applied_for[0]);
#endif
		;
S_410_0: /* 2 */
		now.applied_for[1] = t301;
#ifdef VAR_RANGES
		logval("applied_for[1]", now.applied_for[1]);
#endif
		;
S_411_0: /* 2 */
		now.applied_for[2] = t302;
#ifdef VAR_RANGES
		logval("applied_for[2]", now.applied_for[2]);
#endif
		;
S_412_0: /* 2 */
		now.applied_for[3] = t303;
#ifdef VAR_RANGES
		logval("applied_for[3]", now.applied_for[3]);
#endif
		;
S_413_0: /* 2 */
		now.applied_for[4] = t304;
#ifdef VAR_RANGES
		logval("applied_for[4]", now.applied_for[4]);
#endif
		;
S_414_0: /* 2 */
		now.applied_for[5] = t305;
#ifdef VAR_RANGES
		logval("applied_for[5]", now.applied_for[5]);
#endif
		;
S_415_0: /* 2 */
		now.applied_for[6] = t306;
#ifdef VAR_RANGES
		logval("applied_for[6]", now.applied_for[6]);
#endif
		;
S_416_0: /* 2 */
		now.applied_for[7] = t307;
#ifdef VAR_RANGES
		logval("applied_for[7]", now.applied_for[7]);
#endif
		;
S_417_0: /* 2 */
		now.applied_for[8] = t308;
#ifdef VAR_RANGES
		logval("applied_for[8]", now.applied_for[8]);
#endif
		;
S_418_0: /* 2 */
		now.applied_for[9] = t309;
#ifdef VAR_RANGES
		logval("applied_for[9]", now.applied_for[9]);
#endif
		;
S_419_0: /* 2 */
		now.input_age = t310;
#ifdef VAR_RANGES
		logval("input_age", now.input_age);
#endif
		;
S_420_0: /* 2 */
		now.backup_crashed = ((int)t311);
#ifdef VAR_RANGES
		logval("backup_crashed", ((int)now.backup_crashed));
#endif
		;
S_421_0: /* 2 */
		now.backup_looping = ((int)t312);
#ifdef VAR_RANGES
		logval("backup_looping", ((int)now.backup_looping));
#endif
		;
S_422_0: /* 2 */
		now.backup_armed_for = t313;
#ifdef VAR_RANGES
		logval("backup_armed_for", now.backup_armed_for);
#endif
		;
S_423_0: /* 2 */
		now.backup_active = ((int)t314);
#ifdef VAR_RANGES
		logval("backup_active", ((int)now.backup_active));
#endif
		;
S_424_0: /* 2 */
		now.outage_for = t315;
#ifdef VAR_RANGES
		logval("outage_for", now.outage_for);
#endif
		;
S_425_0: /* 2 */
		now.batches_done[0] = t316;
#ifdef VAR_RANGES
		logval("batches_done[0]", now.batches_done[0]);
#endif
		;
S_426_0: /* 2 */
		now.batches_done[1] = t317;
#ifdef VAR_RANGES
		logval("batches_done[1]", now.batches_done[1]);
#endif
		;
S_427_0: /* 2 */
		t890 = (2<=now.outage_for);
#ifdef VAR_RANGES
		logval("t890", ((int)t890));
#endif
		;
S_428_0: /* 2 */
		t891 = ((int)t890);
#ifdef VAR_RANGES
		logval("t891", ((int)t891));
#endif
		;
S_429_0: /* 2 */
		now.service_failed = ((int)t891);
#ifdef VAR_RANGES
		logval("service_failed", ((int)now.service_failed));
#endif
		;
S_430_0: /* 2 */
		t892 = (0<=now.restart_age[0]);
#ifdef VAR_RANGES
		logval("t892", ((int)t892));
#endif
		;
S_431_0: /* 2 */
		t893 = ((int)now.crashed[0]);
#ifdef VAR_RANGES
		logval("t893", ((int)t893));
#endif
		;
S_432_0: /* 2 */
		spent_crash[0] = ((int)t893);
#ifdef VAR_RANGES
		logval("spent_crash[0]", ((int)spent_crash[0]));
#endif
		;
S_433_0: /* 2 */
		t894 = ((int)t892);
#ifdef VAR_RANGES
		logval("t894", ((int)t894));
#endif
		;
S_434_0: /* 2 */
		spent_restart[0] = ((int)t894);
#ifdef VAR_RANGES
		logval("spent_restart[0]", ((int)spent_restart[0]));
#endif
		;
S_435_0: /* 2 */
		t895 = ((int)now.applied[0]);
#ifdef VAR_RANGES
		logval("t895", ((int)t895));
#endif
		;
S_436_0: /* 2 */
		spent_apply[0] = ((int)t895);
#ifdef VAR_RANGES
		logval("spent_apply[0]", ((int)spent_apply[0]));
#endif
		;
S_437_0: /* 2 */
		t896 = (0<=now.restart_age[1]);
#ifdef VAR_RANGES
		logval("t896", ((int)t896));
#endif
		;
S_438_0: /* 2 */
		t897 = ((int)now.crashed[1]);
#ifdef VAR_RANGES
		logval("t897", ((int)t897));
#endif
		;
S_439_0: /* 2 */
		spent_crash[1] = ((int)t897);
#ifdef VAR_RANGES
		logval("spent_crash[1]", ((int)spent_crash[1]));
#endif
		;
S_440_0: /* 2 */
		t898 = ((int)t896);
#ifdef VAR_RANGES
		logval("t898", ((int)t898));
#endif
		;
S_441_0: /* 2 */
		spent_restart[1] = ((int)t898);
#ifdef VAR_RANGES
		logval("spent_restart[1]", ((int)spent_restart[1]));
#endif
		;
S_442_0: /* 2 */
		t899 = ((int)now.applied[1]);
#ifdef VAR_RANGES
		logval("t899", ((int)t899));
#endif
		;
S_443_0: /* 2 */
		spent_apply[1] = ((int)t899);
#ifdef VAR_RANGES
		logval("spent_apply[1]", ((int)spent_apply[1]));
#endif
		;
S_444_0: /* 2 */
		t900 = (0<=now.restart_age[2]);
#ifdef VAR_RANGES
		logval("t900", ((int)t900));
#endif
		;
S_445_0: /* 2 */
		t901 = ((int)now.crashed[2]);
#ifdef VAR_RANGES
		logval("t901", ((int)t901));
#endif
		;
S_446_0: /* 2 */
		spent_crash[2] = ((int)t901);
#ifdef VAR_RANGES
		logval("spent_crash[2]", ((int)spent_crash[2]));
#endif
		;
S_447_0: /* 2 */
		t902 = ((int)t900);
#ifdef VAR_RANGES
		logval("t902", ((int)t902));
#endif
		;
S_448_0: /* 2 */
		spent_restart[2] = ((int)t902);
#ifdef VAR_RANGES
		logval("spent_restart[2]", ((int)spent_restart[2]));
#endif
		;
S_449_0: /* 2 */
		t903 = ((int)now.applied[2]);
#ifdef VAR_RANGES
		logval("t903", ((int)t903));
#endif
		;
S_450_0: /* 2 */
		spent_apply[2] = ((int)t903);
#ifdef VAR_RANGES
		logval("spent_apply[2]", ((int)spent_apply[2]));
#endif
		;
S_451_0: /* 2 */
		t904 = (0<=now.restart_age[3]);
#ifdef VAR_RANGES
		logval("t904", ((int)t904));
#endif
		;
S_452_0: /* 2 */
		t905 = ((int)now.crashed[3]);
#ifdef VAR_RANGES
		logval("t905", ((int)t905));
#endif
		;
S_453_0: /* 2 */
		spent_crash[3] = ((int)t905);
#ifdef VAR_RANGES
		logval("spent_crash[3]", ((int)spent_crash[3]));
#endif
		;
S_454_0: /* 2 */
		t906 = ((int)t904);
#ifdef VAR_RANGES
		logval("t906", ((int)t906));
#endif
		;
S_455_0: /* 2 */
		spent_restart[3] = ((int)t906);
#ifdef VAR_RANGES
		logval("spent_restart[3]", ((int)spent_restart[3]));
#endif
		;
S_456_0: /* 2 */
		t907 = ((int)now.applied[3]);
#ifdef VAR_RANGES
		logval("t907", ((int)t907));
#endif
		;
S_457_0: /* 2 */
		spent_apply[3] = ((int)t907);
#ifdef VAR_RANGES
		logval("spent_apply[3]", ((int)spent_apply[3]));
#endif
		;
S_458_0: /* 2 */
		t908 = (0<=now.restart_age[4]);
#ifdef VAR_RANGES
		logval("t908", ((int)t908));
#endif
		;
S_459_0: /* 2 */
		t909 = ((int)now.crashed[4]);
#ifdef VAR_RANGES
		logval("t909", ((int)t909));
#endif
		;
S_460_0: /* 2 */
		spent_crash[4] = ((int)t909);
#ifdef VAR_RANGES
		logval("spent_crash[4]", ((int)spent_crash[4]));
#endif
		;
S_461_0: /* 2 */
		t910 = ((int)t908);
#ifdef VAR_RANGES
		logval("t910", ((int)t910));
#endif
		;
S_462_0: /* 2 */
		spent_restart[4] = ((int)t910);
#ifdef VAR_RANGES
		logval("spent_restart[4]", ((int)spent_restart[4]));
#endif
		;
S_463_0: /* 2 */
		t911 = ((int)now.applied[4]);
#ifdef VAR_RANGES
		logval("t911", ((int)t911));
#endif
		;
S_464_0: /* 2 */
		spent_apply[4] = ((int)t911);
#ifdef VAR_RANGES
		logval("spent_apply[4]", ((int)spent_apply[4]));
#endif
		;
S_465_0: /* 2 */
		t912 = (0<=now.restart_age[5]);
#ifdef VAR_RANGES
		logval("t912", ((int)t912));
#endif
		;
S_466_0: /* 2 */
		t913 = ((int)now.crashed[5]);
#ifdef VAR_RANGES
		logval("t913", ((int)t913));
#endif
		;
S_467_0: /* 2 */
		spent_crash[5] = ((int)t913);
#ifdef VAR_RANGES
		logval("spent_crash[5]", ((int)spent_crash[5]));
#endif
		;
S_468_0: /* 2 */
		t914 = ((int)t912);
#ifdef VAR_RANGES
		logval("t914", ((int)t914));
#endif
		;
S_469_0: /* 2 */
		spent_restart[5] = ((int)t914);
#ifdef VAR_RANGES
		logval("spent_restart[5]", ((int)spent_restart[5]));
#endif
		;
S_470_0: /* 2 */
		t915 = ((int)now.applied[5]);
#ifdef VAR_RANGES
		logval("t915", ((int)t915));
#endif
		;
S_471_0: /* 2 */
		spent_apply[5] = ((int)t915);
#ifdef VAR_RANGES
		logval("spent_apply[5]", ((int)spent_apply[5]));
#endif
		;
S_472_0: /* 2 */
		t916 = (0<=now.restart_age[6]);
#ifdef VAR_RANGES
		logval("t916", ((int)t916));
#endif
		;
S_473_0: /* 2 */
		t917 = ((int)now.crashed[6]);
#ifdef VAR_RANGES
		logval("t917", ((int)t917));
#endif
		;
S_474_0: /* 2 */
		spent_crash[6] = ((int)t917);
#ifdef VAR_RANGES
		logval("spent_crash[6]", ((int)spent_crash[6]));
#endif
		;
S_475_0: /* 2 */
		t918 = ((int)t916);
#ifdef VAR_RANGES
		logval("t918", ((int)t918));
#endif
		;
S_476_0: /* 2 */
		spent_restart[6] = ((int)t918);
#ifdef VAR_RANGES
		logval("spent_restart[6]", ((int)spent_restart[6]));
#endif
		;
S_477_0: /* 2 */
		t919 = ((int)now.applied[6]);
#ifdef VAR_RANGES
		logval("t919", ((int)t919));
#endif
		;
S_478_0: /* 2 */
		spent_apply[6] = ((int)t919);
#ifdef VAR_RANGES
		logval("spent_apply[6]", ((int)spent_apply[6]));
#endif
		;
S_479_0: /* 2 */
		t920 = (0<=now.restart_age[7]);
#ifdef VAR_RANGES
		logval("t920", ((int)t920));
#endif
		;
S_480_0: /* 2 */
		t921 = ((int)now.crashed[7]);
#ifdef VAR_RANGES
		logval("t921", ((int)t921));
#endif
		;
S_481_0: /* 2 */
		spent_crash[7] = ((int)t921);
#ifdef VAR_RANGES
		logval("spent_crash[7]", ((int)spent_crash[7]));
#endif
		;
S_482_0: /* 2 */
		t922 = ((int)t920);
#ifdef VAR_RANGES
		logval("t922", ((int)t922));
#endif
		;
S_483_0: /* 2 */
		spent_restart[7] = ((int)t922);
#ifdef VAR_RANGES
		logval("spent_restart[7]", ((int)spent_restart[7]));
#endif
		;
S_484_0: /* 2 */
		t923 = ((int)now.applied[7]);
#ifdef VAR_RANGES
		logval("t923", ((int)t923));
#endif
		;
S_485_0: /* 2 */
		spent_apply[7] = ((int)t923);
#ifdef VAR_RANGES
		logval("spent_apply[7]", ((int)spent_apply[7]));
#endif
		;
S_486_0: /* 2 */
		t924 = (0<=now.restart_age[8]);
#ifdef VAR_RANGES
		logval("t924", ((int)t924));
#endif
		;
S_487_0: /* 2 */
		t925 = ((int)now.crashed[8]);
#ifdef VAR_RANGES
		logval("t925", ((int)t925));
#endif
		;
S_488_0: /* 2 */
		spent_crash[8] = ((int)t925);
#ifdef VAR_RANGES
		logval("spent_crash[8]", ((int)spent_crash[8]));
#endif
		;
S_489_0: /* 2 */
		t926 = ((int)t924);
#ifdef VAR_RANGES
		logval("t926", ((int)t926));
#endif
		;
S_490_0: /* 2 */
		spent_restart[8] = ((int)t926);
#ifdef VAR_RANGES
		logval("spent_restart[8]", ((int)spent_restart[8]));
#endif
		;
S_491_0: /* 2 */
		t927 = ((int)now.applied[8]);
#ifdef VAR_RANGES
		logval("t927", ((int)t927));
#endif
		;
S_492_0: /* 2 */
		spent_apply[8] = ((int)t927);
#ifdef VAR_RANGES
		logval("spent_apply[8]", ((int)spent_apply[8]));
#endif
		;
S_493_0: /* 2 */
		t928 = (0<=now.restart_age[9]);
#ifdef VAR_RANGES
		logval("t928", ((int)t928));
#endif
		;
S_494_0: /* 2 */
		t929 = ((int)now.crashed[9]);
#ifdef VAR_RANGES
		logval("t929", ((int)t929));
#endif
		;
S_495_0: /* 2 */
		spent_crash[9] = ((int)t929);
#ifdef VAR_RANGES
		logval("spent_crash[9]", ((int)spent_crash[9]));
#endif
		;
S_496_0: /* 2 */
		t930 = ((int)t928);
#ifdef VAR_RANGES
		logval("t930", ((int)t930));
#endif
		;
S_497_0: /* 2 */
		spent_restart[9] = ((int)t930);
#ifdef VAR_RANGES
		logval("spent_restart[9]", ((int)spent_restart[9]));
#endif
		;
S_498_0: /* 2 */
		t931 = ((int)now.applied[9]);
#ifdef VAR_RANGES
		logval("t931", ((int)t931));
#endif
		;
S_499_0: /* 2 */
		spent_apply[9] = ((int)t931);
#ifdef VAR_RANGES
		logval("spent_apply[9]", ((int)spent_apply[9]));
#endif
		;
		goto S_505_0;
S_505_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 13: // STATE 502 - /tmp/u/r.pml:1459 - [(!(allowed))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][502] = 1;
		if (!( !(((int)allowed))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 14: // STATE 508 - /tmp/u/r.pml:1462 - [assert(!(service_failed))] (0:0:0 - 2)
		IfNotBlocked
		reached[0][508] = 1;
		spin_assert( !(((int)now.service_failed)), " !(service_failed)", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 15: // STATE 1248 - /tmp/u/r.pml:1468 - [D_STEP1468]
		IfNotBlocked

		reached[0][1248] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_509_0: /* 2 */
		t318 = (11<=now.clock);
#ifdef VAR_RANGES
		logval("t318", ((int)t318));
#endif
		;
S_510_0: /* 2 */
		t319 = (now.clock+1);
#ifdef VAR_RANGES
		logval("t319", t319);
#endif
		;
S_511_0: /* 2 */
		t320 = ( (((int)t318)) ? (11) : (t319) );
#ifdef VAR_RANGES
		logval("t320", t320);
#endif
		;
S_512_0: /* 2 */
		t321 = (((int)now.lost[0])||((int)now.move_lose[0]));
#ifdef VAR_RANGES
		logval("t321", ((int)t321));
#endif
		;
S_513_0: /* 2 */
		t322 = (((int)now.lost[1])||((int)now.move_lose[1]));
#ifdef VAR_RANGES
		logval("t322", ((int)t322));
#endif
		;
S_514_0: /* 2 */
		t323 = (((int)now.backup_crashed)||((int)now.move_crash_backup));
#ifdef VAR_RANGES
		logval("t323", ((int)t323));
#endif
		;
S_515_0: /* 2 */
		t324 = (now.batches_done[0]<=3);
#ifdef VAR_RANGES
		logval("t324", ((int)t324));
#endif
		;
S_516_0: /* 2 */
		t325 = (3*now.batches_done[0]);
#ifdef VAR_RANGES
		logval("t325", t325);
#endif
		;
S_517_0: /* 2 */
		t326 = (1+t325);
#ifdef VAR_RANGES
		logval("t326", t326);
#endif
		;
S_518_0: /* 2 */
		t327 = (t320==t326);
#ifdef VAR_RANGES
		logval("t327", ((int)t327));
#endif
		;
S_519_0: /* 2 */
		t328 = (((int)t324)&&((int)t327));
#ifdef VAR_RANGES
		logval("t328", ((int)t328));
#endif
		;
S_520_0: /* 2 */
		t329 = (now.batches_done[0]==0);
#ifdef VAR_RANGES
		logval("t329", ((int)t329));
#endif
		;
S_521_0: /* 2 */
		t330 = (((int)now.crashed[0])||((int)now.lost[0]));
#ifdef VAR_RANGES
		logval("t330", ((int)t330));
#endif
		;
S_522_0: /* 2 */
		t331 = (((int)t330)||((int)now.looping[0]));
#ifdef VAR_RANGES
		logval("t331", ((int)t331));
#endif
		;
S_523_0: /* 2 */
		t332 =  !(((int)t331));
#ifdef VAR_RANGES
		logval("t332", ((int)t332));
#endif
		;
S_524_0: /* 2 */
		t333 =  !(((int)t332));
#ifdef VAR_RANGES
		logval("t333", ((int)t333));
#endif
		;
S_525_0: /* 2 */
		t334 = (1<=now.batches_done[0]);
#ifdef VAR_RANGES
		logval("t334", ((int)t334));
#endif
		;
S_526_0: /* 2 */
		t335 =  !(((int)t334));
#ifdef VAR_RANGES
		logval("t335", ((int)t335));
#endif
		;
S_527_0: /* 2 */
		t336 =  !(((int)t333));
#ifdef VAR_RANGES
		logval("t336", ((int)t336));
#endif
		;
S_528_0: /* 2 */
		t337 = (((int)t335)||((int)t336));
#ifdef VAR_RANGES
		logval("t337", ((int)t337));
#endif
		;
S_529_0: /* 2 */
		t338 = (((int)now.crashed[1])||((int)now.lost[0]));
#ifdef VAR_RANGES
		logval("t338", ((int)t338));
#endif
		;
S_530_0: /* 2 */
		t339 = (((int)t338)||((int)now.looping[1]));
#ifdef VAR_RANGES
		logval("t339", ((int)t339));
#endif
		;
S_531_0: /* 2 */
		t340 =  !(((int)t339));
#ifdef VAR_RANGES
		logval("t340", ((int)t340));
#endif
		;
S_532_0: /* 2 */
		t341 =  !(((int)t340));
#ifdef VAR_RANGES
		logval("t341", ((int)t341));
#endif
		;
S_533_0: /* 2 */
		t342 = (2<=now.batches_done[0]);
#ifdef VAR_RANGES
		logval("t342", ((int)t342));
#endif
		;
S_534_0: /* 2 */
		t343 =  !(((int)t342));
#ifdef VAR_RANGES
		logval("t343", ((int)t343));
#endif
		;
S_535_0: /* 2 */
		t344 =  !(((int)t341));
#ifdef VAR_RANGES
		logval("t344", ((int)t344));
#endif
		;
S_536_0: /* 2 */
		t345 = (((int)t343)||((int)t344));
#ifdef VAR_RANGES
		logval("t345", ((int)t345));
#endif
		;
S_537_0: /* 2 */
		t346 = (((int)now.crashed[2])||((int)now.lost[0]));
#ifdef VAR_RANGES
		logval("t346", ((int)t346));
#endif
		;
S_538_0: /* 2 */
		t347 = (((int)t346)||((int)now.looping[2]));
#ifdef VAR_RANGES
		logval("t347", ((int)t347));
#endif
		;
S_539_0: /* 2 */
		t348 =  !(((int)t347));
#ifdef VAR_RANGES
		logval("t348", ((int)t348));
#endif
		;
S_540_0: /* 2 */
		t349 =  !(((int)t348));
#ifdef VAR_RANGES
		logval("t349", ((int)t349));
#endif
		;
S_541_0: /* 2 */
		t350 = (2<=now.batches_done[0]);
#ifdef VAR_RANGES
		logval("t350", ((int)t350));
#endif
		;
S_542_0: /* 2 */
		t351 =  !(((int)t350));
#ifdef VAR_RANGES
		logval("t351", ((int)t351));
#endif
		;
S_543_0: /* 2 */
		t352 =  !(((int)t349));
#ifdef VAR_RANGES
		logval("t352", ((int)t352));
#endif
		;
S_544_0: /* 2 */
		t353 = (((int)t351)||((int)t352));
#ifdef VAR_RANGES
		logval("t353", ((int)t353));
#endif
		;
S_545_0: /* 2 */
		t354 = (((int)now.crashed[3])||((int)now.lost[0]));
#ifdef VAR_RANGES
		logval("t354", ((int)t354));
#endif
		;
S_546_0: /* 2 */
		t355 = (((int)t354)||((int)now.looping[3]));
#ifdef VAR_RANGES
		logval("t355", ((int)t355));
#endif
		;
S_547_0: /* 2 */
		t356 =  !(((int)t355));
#ifdef VAR_RANGES
		logval("t356", ((int)t356));
#endif
		;
S_548_0: /* 2 */
		t357 =  !(((int)t356));
#ifdef VAR_RANGES
		logval("t357", ((int)t357));
#endif
		;
S_549_0: /* 2 */
		t358 = (2<=now.batches_done[0]);
#ifdef VAR_RANGES
		logval("t358", ((int)t358));
#endif
		;
S_550_0: /* 2 */
		t359 =  !(((int)t358));
#ifdef VAR_RANGES
		logval("t359", ((int)t359));
#endif
		;
S_551_0: /* 2 */
		t360 =  !(((int)t357));
#ifdef VAR_RANGES
		logval("t360", ((int)t360));
#endif
		;
S_552_0: /* 2 */
		t361 = (((int)t359)||((int)t360));
#ifdef VAR_RANGES
		logval("t361", ((int)t361));
#endif
		;
S_553_0: /* 2 */
		t362 = (((int)now.crashed[4])||((int)now.lost[1]));
#ifdef VAR_RANGES
		logval("t362", ((int)t362));
#endif
		;
S_554_0: /* 2 */
		t363 = (((int)t362)||((int)now.looping[4]));
#ifdef VAR_RANGES
		logval("t363", ((int)t363));
#endif
		;
S_555_0: /* 2 */
		t364 =  !(((int)t363));
#ifdef VAR_RANGES
		logval("t364", ((int)t364));
#endif
		;
S_556_0: /* 2 */
		t365 =  !(((int)t364));
#ifdef VAR_RANGES
		logval("t365", ((int)t365));
#endif
		;
S_557_0: /* 2 */
		t366 = (3<=now.batches_done[0]);
#ifdef VAR_RANGES
		logval("t366", ((int)t366));
#endif
		;
S_558_0: /* 2 */
		t367 =  !(((int)t366));
#ifdef VAR_RANGES
		logval("t367", ((int)t367));
#endif
		;
S_559_0: /* 2 */
		t368 =  !(((int)t365));
#ifdef VAR_RANGES
		logval("t368", ((int)t368));
#endif
		;
S_560_0: /* 2 */
		t369 = (((int)t367)||((int)t368));
#ifdef VAR_RANGES
		logval("t369", ((int)t369));
#endif
		;
S_561_0: /* 2 */
		t370 = (((int)now.crashed[5])||((int)now.lost[1]));
#ifdef VAR_RANGES
		logval("t370", ((int)t370));
#endif
		;
S_562_0: /* 2 */
		t371 = (((int)t370)||((int)now.looping[5]));
#ifdef VAR_RANGES
		logval("t371", ((int)t371));
#endif
		;
S_563_0: /* 2 */
		t372 =  !(((int)t371));
#ifdef VAR_RANGES
		logval("t372", ((int)t372));
#endif
		;
S_564_0: /* 2 */
		t373 =  !(((int)t372));
#ifdef VAR_RANGES
		logval("t373", ((int)t373));
#endif
		;
S_565_0: /* 2 */
		t374 = (3<=now.batches_done[0]);
#ifdef VAR_RANGES
		logval("t374", ((int)t374));
#endif
		;
S_566_0: /* 2 */
		t375 =  !(((int)t374));
#ifdef VAR_RANGES
		logval("t375", ((int)t375));
#endif
		;
S_567_0: /* 2 */
		t376 =  !(((int)t373));
#ifdef VAR_RANGES
		logval("t376", ((int)t376));
#endif
		;
S_568_0: /* 2 */
		t377 = (((int)t375)||((int)t376));
#ifdef VAR_RANGES
		logval("t377", ((int)t377));
#endif
		;
S_569_0: /* 2 */
		t378 = (((int)now.crashed[6])||((int)now.lost[1]));
#ifdef VAR_RANGES
		logval("t378", ((int)t378));
#endif
		;
S_570_0: /* 2 */
		t379 = (((int)t378)||((int)now.looping[6]));
#ifdef VAR_RANGES
		logval("t379", ((int)t379));
#endif
		;
S_571_0: /* 2 */
		t380 =  !(((int)t379));
#ifdef VAR_RANGES
		logval("t380", ((int)t380));
#endif
		;
S_572_0: /* 2 */
		t381 =  !(((int)t380));
#ifdef VAR_RANGES
		logval("t381", ((int)t381));
#endif
		;
S_573_0: /* 2 */
		t382 = (3<=now.batches_done[0]);
#ifdef VAR_RANGES
		logval("t382", ((int)t382));
#endif
		;
S_574_0: /* 2 */
		t383 =  !(((int)t382));
#ifdef VAR_RANGES
		logval("t383", ((int)t383));
#endif
		;
S_575_0: /* 2 */
		t384 =  !(((int)t381));
#ifdef VAR_RANGES
		logval("t384", ((int)t384));
#endif
		;
S_576_0: /* 2 */
		t385 = (((int)t383)||((int)t384));
#ifdef VAR_RANGES
		logval("t385", ((int)t385));
#endif
		;
S_577_0: /* 2 */
		t386 = (((int)now.crashed[7])||((int)now.lost[1]));
#ifdef VAR_RANGES
		logval("t386", ((int)t386));
#endif
		;
S_578_0: /* 2 */
		t387 = (((int)t386)||((int)now.looping[7]));
#ifdef VAR_RANGES
		logval("t387", ((int)t387));
#endif
		;
S_579_0: /* 2 */
		t388 =  !(((int)t387));
#ifdef VAR_RANGES
		logval("t388", ((int)t388));
#endif
		;
S_580_0: /* 2 */
		t389 =  !(((int)t388));
#ifdef VAR_RANGES
		logval("t389", ((int)t389));
#endif
		;
S_581_0: /* 2 */
		t390 = (4<=now.batches_done[0]);
#ifdef VAR_RANGES
		logval("t390", ((int)t390));
#endif
		;
S_582_0: /* 2 */
		t391 =  !(((int)t390));
#ifdef VAR_RANGES
		logval("t391", ((int)t391));
#endif
		;
S_583_0: /* 2 */
		t392 =  !(((int)t389));
#ifdef VAR_RANGES
		logval("t392", ((int)t392));
#endif
		;
S_584_0: /* 2 */
		t393 = (((int)t391)||((int)t392));
#ifdef VAR_RANGES
		logval("t393", ((int)t393));
#endif
		;
S_585_0: /* 2 */
		t394 = (((((((((((int)t337)&&((int)t345))&&((int)t353))&&((int)t361))&&((int)t369))&&((int)t377))&&((int)t385))&&((int)t393))&&1)&&1);
#ifdef VAR_RANGES
		logval("t394", ((int)t394));
#endif
		;
S_586_0: /* 2 */
		t395 = (((int)t329)||((int)t394));
#ifdef VAR_RANGES
		logval("t395", ((int)t395));
#endif
		;
S_587_0: /* 2 */
		t396 = (((int)t328)&&((int)t395));
#ifdef VAR_RANGES
		logval("t396", ((int)t396));
#endif
		;
S_588_0: /* 2 */
		t397 = (now.batches_done[0]+1);
#ifdef VAR_RANGES
		logval("t397", t397);
#endif
		;
S_589_0: /* 2 */
		t398 = ( (((int)t396)) ? (t397) : (now.batches_done[0]) );
#ifdef VAR_RANGES
		logval("t398", t398);
#endif
		;
S_590_0: /* 2 */
		t399 = (now.batches_done[1]<=0);
#ifdef VAR_RANGES
		logval("t399", ((int)t399));
#endif
		;
S_591_0: /* 2 */
		t400 = (1*now.batches_done[1]);
#ifdef VAR_RANGES
		logval("t400", t400);
#endif
		;
S_592_0: /* 2 */
		t401 = (3+t400);
#ifdef VAR_RANGES
		logval("t401", t401);
#endif
		;
S_593_0: /* 2 */
		t402 = (t320==t401);
#ifdef VAR_RANGES
		logval("t402", ((int)t402));
#endif
		;
S_594_0: /* 2 */
		t403 = (((int)t399)&&((int)t402));
#ifdef VAR_RANGES
		logval("t403", ((int)t403));
#endif
		;
S_595_0: /* 2 */
		t404 = (now.batches_done[1]==0);
#ifdef VAR_RANGES
		logval("t404", ((int)t404));
#endif
		;
S_596_0: /* 2 */
		t405 = (((int)now.crashed[0])||((int)now.lost[0]));
#ifdef VAR_RANGES
		logval("t405", ((int)t405));
#endif
		;
S_597_0: /* 2 */
		t406 = (((int)t405)||((int)now.looping[0]));
#ifdef VAR_RANGES
		logval("t406", ((int)t406));
#endif
		;
S_598_0: /* 2 */
		t407 =  !(((int)t406));
#ifdef VAR_RANGES
		logval("t407", ((int)t407));
#endif
		;
S_599_0: /* 2 */
		t408 =  !(((int)t407));
#ifdef VAR_RANGES
		logval("t408", ((int)t408));
#endif
		;
S_600_0: /* 2 */
		t409 = (1<=now.batches_done[1]);
#ifdef VAR_RANGES
		logval("t409", ((int)t409));
#endif
		;
S_601_0: /* 2 */
		t410 =  !(((int)t409));
#ifdef VAR_RANGES
		logval("t410", ((int)t410));
#endif
		;
S_602_0: /* 2 */
		t411 =  !(((int)t408));
#ifdef VAR_RANGES
		logval("t411", ((int)t411));
#endif
		;
S_603_0: /* 2 */
		t412 = (((int)t410)||((int)t411));
#ifdef VAR_RANGES
		logval("t412", ((int)t412));
#endif
		;
S_604_0: /* 2 */
		t413 = (((int)now.crashed[1])||((int)now.lost[0]));
#ifdef VAR_RANGES
		logval("t413", ((int)t413));
#endif
		;
S_605_0: /* 2 */
		t414 = (((int)t413)||((int)now.looping[1]));
#ifdef VAR_RANGES
		logval("t414", ((int)t414));
#endif
		;
S_606_0: /* 2 */
		t415 =  !(((int)t414));
#ifdef VAR_RANGES
		logval("t415", ((int)t415));
#endif
		;
S_607_0: /* 2 */
		t416 =  !(((int)t415));
#ifdef VAR_RANGES
		logval("t416", ((int)t416));
#endif
		;
S_608_0: /* 2 */
		t417 = (1<=now.batches_done[1]);
#ifdef VAR_RANGES
		logval("t417", ((int)t417));
#endif
		;
S_609_0: /* 2 */
		t418 =  !(((int)t417));
#ifdef VAR_RANGES
		logval("t418", ((int)t418));
#endif
		;
S_610_0: /* 2 */
		t419 =  !(((int)t416));
#ifdef VAR_RANGES
		logval("t419", ((int)t419));
#endif
		;
S_611_0: /* 2 */
		t420 = (((int)t418)||((int)t419));
#ifdef VAR_RANGES
		logval("t420", ((int)t420));
#endif
		;
S_612_0: /* 2 */
		t421 = (((int)now.crashed[2])||((int)now.lost[0]));
#ifdef VAR_RANGES
		logval("t421", ((int)t421));
#endif
		;
S_613_0: /* 2 */
		t422 = (((int)t421)||((int)now.looping[2]));
#ifdef VAR_RANGES
		logval("t422", ((int)t422));
#endif
		;
S_614_0: /* 2 */
		t423 =  !(((int)t422));
#ifdef VAR_RANGES
		logval("t423", ((int)t423));
#endif
		;
S_615_0: /* 2 */
		t424 =  !(((int)t423));
#ifdef VAR_RANGES
		logval("t424", ((int)t424));
#endif
		;
S_616_0: /* 2 */
		t425 = (1<=now.batches_done[1]);
#ifdef VAR_RANGES
		logval("t425", ((int)t425));
#endif
		;
S_617_0: /* 2 */
		t426 =  !(((int)t425));
#ifdef VAR_RANGES
		logval("t426", ((int)t426));
#endif
		;
S_618_0: /* 2 */
		t427 =  !(((int)t424));
#ifdef VAR_RANGES
		logval("t427", ((int)t427));
#endif
		;
S_619_0: /* 2 */
		t428 = (((int)t426)||((int)t427));
#ifdef VAR_RANGES
		logval("t428", ((int)t428));
#endif
		;
S_620_0: /* 2 */
		t429 = (((int)now.crashed[3])||((int)now.lost[0]));
#ifdef VAR_RANGES
		logval("t429", ((int)t429));
#endif
		;
S_621_0: /* 2 */
		t430 = (((int)t429)||((int)now.looping[3]));
#ifdef VAR_RANGES
		logval("t430", ((int)t430));
#endif
		;
S_622_0: /* 2 */
		t431 =  !(((int)t430));
#ifdef VAR_RANGES
		logval("t431", ((int)t431));
#endif
		;
S_623_0: /* 2 */
		t432 =  !(((int)t431));
#ifdef VAR_RANGES
		logval("t432", ((int)t432));
#endif
		;
S_624_0: /* 2 */
		t433 = (1<=now.batches_done[1]);
#ifdef VAR_RANGES
		logval("t433", ((int)t433));
#endif
		;
S_625_0: /* 2 */
		t434 =  !(((int)t433));
#ifdef VAR_RANGES
		logval("t434", ((int)t434));
#endif
		;
S_626_0: /* 2 */
		t435 =  !(((int)t432));
#ifdef VAR_RANGES
		logval("t435", ((int)t435));
#endif
		;
S_627_0: /* 2 */
		t436 = (((int)t434)||((int)t435));
#ifdef VAR_RANGES
		logval("t436", ((int)t436));
#endif
		;
S_628_0: /* 2 */
		t437 = (((int)now.crashed[4])||((int)now.lost[1]));
#ifdef VAR_RANGES
		logval("t437", ((int)t437));
#endif
		;
S_629_0: /* 2 */
		t438 = (((int)t437)||((int)now.looping[4]));
#ifdef VAR_RANGES
		logval("t438", ((int)t438));
#endif
		;
S_630_0: /* 2 */
		t439 =  !(((int)t438));
#ifdef VAR_RANGES
		logval("t439", ((int)t439));
#endif
		;
S_631_0: /* 2 */
		t440 =  !(((int)t439));
#ifdef VAR_RANGES
		logval("t440", ((int)t440));
#endif
		;
S_632_0: /* 2 */
		t441 = (1<=now.batches_done[1]);
#ifdef VAR_RANGES
		logval("t441", ((int)t441));
#endif
		;
S_633_0: /* 2 */
		t442 =  !(((int)t441));
#ifdef VAR_RANGES
		logval("t442", ((int)t442));
#endif
		;
S_634_0: /* 2 */
		t443 =  !(((int)t440));
#ifdef VAR_RANGES
		logval("t443", ((int)t443));
#endif
		;
S_635_0: /* 2 */
		t444 = (((int)t442)||((int)t443));
#ifdef VAR_RANGES
		logval("t444", ((int)t444));
#endif
		;
S_636_0: /* 2 */
		t445 = (((int)now.crashed[5])||((int)now.lost[1]));
#ifdef VAR_RANGES
		logval("t445", ((int)t445));
#endif
		;
S_637_0: /* 2 */
		t446 = (((int)t445)||((int)now.looping[5]));
#ifdef VAR_RANGES
		logval("t446", ((int)t446));
#endif
		;
S_638_0: /* 2 */
		t447 =  !(((int)t446));
#ifdef VAR_RANGES
		logval("t447", ((int)t447));
#endif
		;
S_639_0: /* 2 */
		t448 =  !(((int)t447));
#ifdef VAR_RANGES
		logval("t448", ((int)t448));
#endif
		;
S_640_0: /* 2 */
		t449 = (1<=now.batches_done[1]);
#ifdef VAR_RANGES
		logval("t449", ((int)t449));
#endif
		;
S_641_0: /* 2 */
		t450 =  !(((int)t449));
#ifdef VAR_RANGES
		logval("t450", ((int)t450));
#endif
		;
S_642_0: /* 2 */
		t451 =  !(((int)t448));
#ifdef VAR_RANGES
		logval("t451", ((int)t451));
#endif
		;
S_643_0: /* 2 */
		t452 = (((int)t450)||((int)t451));
#ifdef VAR_RANGES
		logval("t452", ((int)t452));
#endif
		;
S_644_0: /* 2 */
		t453 = (((int)now.crashed[6])||((int)now.lost[1]));
#ifdef VAR_RANGES
		logval("t453", ((int)t453));
#endif
		;
S_645_0: /* 2 */
		t454 = (((int)t453)||((int)now.looping[6]));
#ifdef VAR_RANGES
		logval("t454", ((int)t454));
#endif
		;
S_646_0: /* 2 */
		t455 =  !(((int)t454));
#ifdef VAR_RANGES
		logval("t455", ((int)t455));
#endif
		;
S_647_0: /* 2 */
		t456 =  !(((int)t455));
#ifdef VAR_RANGES
		logval("t456", ((int)t456));
#endif
		;
S_648_0: /* 2 */
		t457 = (1<=now.batches_done[1]);
#ifdef VAR_RANGES
		logval("t457", ((int)t457));
#endif
		;
S_649_0: /* 2 */
		t458 =  !(((int)t457));
#ifdef VAR_RANGES
		logval("t458", ((int)t458));
#endif
		;
S_650_0: /* 2 */
		t459 =  !(((int)t456));
#ifdef VAR_RANGES
		logval("t459", ((int)t459));
#endif
		;
S_651_0: /* 2 */
		t460 = (((int)t458)||((int)t459));
#ifdef VAR_RANGES
		logval("t460", ((int)t460));
#endif
		;
S_652_0: /* 2 */
		t461 = (((int)now.crashed[7])||((int)now.lost[1]));
#ifdef VAR_RANGES
		logval("t461", ((int)t461));
#endif
		;
S_653_0: /* 2 */
		t462 = (((int)t461)||((int)now.looping[7]));
#ifdef VAR_RANGES
		logval("t462", ((int)t462));
#endif
		;
S_654_0: /* 2 */
		t463 =  !(((int)t462));
#ifdef VAR_RANGES
		logval("t463", ((int)t463));
#endif
		;
S_655_0: /* 2 */
		t464 =  !(((int)t463));
#ifdef VAR_RANGES
		logval("t464", ((int)t464));
#endif
		;
S_656_0: /* 2 */
		t465 = (1<=now.batches_done[1]);
#ifdef VAR_RANGES
		logval("t465", ((int)t465));
#endif
		;
S_657_0: /* 2 */
		t466 =  !(((int)t465));
#ifdef VAR_RANGES
		logval("t466", ((int)t466));
#endif
		;
S_658_0: /* 2 */
		t467 =  !(((int)t464));
#ifdef VAR_RANGES
		logval("t467", ((int)t467));
#endif
		;
S_659_0: /* 2 */
		t468 = (((int)t466)||((int)t467));
#ifdef VAR_RANGES
		logval("t468", ((int)t468));
#endif
		;
S_660_0: /* 2 */
		t469 = (((((((((((int)t412)&&((int)t420))&&((int)t428))&&((int)t436))&&((int)t444))&&((int)t452))&&((int)t460))&&((int)t468))&&1)&&1);
#ifdef VAR_RANGES
		logval("t469", ((int)t469));
#endif
		;
S_661_0: /* 2 */
		t470 = (((int)t404)||((int)t469));
#ifdef VAR_RANGES
		logval("t470", ((int)t470));
#endif
		;
S_662_0: /* 2 */
		t471 = (((int)t403)&&((int)t470));
#ifdef VAR_RANGES
		logval("t471", ((int)t471));
#endif
		;
S_663_0: /* 2 */
		t472 = (now.batches_done[1]+1);
#ifdef VAR_RANGES
		logval("t472", t472);
#endif
		;
S_664_0: /* 2 */
		t473 = ( (((int)t471)) ? (t472) : (now.batches_done[1]) );
#ifdef VAR_RANGES
		logval("t473", t473);
#endif
		;
S_665_0: /* 2 */
		t474 = (((int)now.crashed[0])||((int)now.move_crash[0]));
#ifdef VAR_RANGES
		logval("t474", ((int)t474));
#endif
		;
S_666_0: /* 2 */
		t475 = (1<=t398);
#ifdef VAR_RANGES
		logval("t475", ((int)t475));
#endif
		;
S_667_0: /* 2 */
		t476 = (1+now.latency[1]);
#ifdef VAR_RANGES
		logval("t476", t476);
#endif
		;
S_668_0: /* 2 */
		t477 = (t320==t476);
#ifdef VAR_RANGES
		logval("t477", ((int)t477));
#endif
		;
S_669_0: /* 2 */
		t478 = (((int)t475)&&((int)t477));
#ifdef VAR_RANGES
		logval("t478", ((int)t478));
#endif
		;
S_670_0: /* 2 */
		t479 = (((int)now.faulty[1])&&((int)t478));
#ifdef VAR_RANGES
		logval("t479", ((int)t479));
#endif
		;
S_671_0: /* 2 */
		t480 = (1<=t473);
#ifdef VAR_RANGES
		logval("t480", ((int)t480));
#endif
		;
S_672_0: /* 2 */
		t481 = (3+now.latency[0]);
#ifdef VAR_RANGES
		logval("t481", t481);
#endif
		;
S_673_0: /* 2 */
		t482 = (t320==t481);
#ifdef VAR_RANGES
		logval("t482", ((int)t482));
#endif
		;
S_674_0: /* 2 */
		t483 = (((int)t480)&&((int)t482));
#ifdef VAR_RANGES
		logval("t483", ((int)t483));
#endif
		;
S_675_0: /* 2 */
		t484 = (((int)now.faulty[0])&&((int)t483));
#ifdef VAR_RANGES
		logval("t484", ((int)t484));
#endif
		;
S_676_0: /* 2 */
		t485 = (((int)t479)||((int)t484));
#ifdef VAR_RANGES
		logval("t485", ((int)t485));
#endif
		;
S_677_0: /* 2 */
		t486 = (((int)now.looping[0])||((int)t485));
#ifdef VAR_RANGES
		logval("t486", ((int)t486));
#endif
		;
S_678_0: /* 2 */
		t487 = (((int)t474)||((int)t321));
#ifdef VAR_RANGES
		logval("t487", ((int)t487));
#endif
		;
S_679_0: /* 2 */
		t488 = (((int)t487)||((int)t486));
#ifdef VAR_RANGES
		logval("t488", ((int)t488));
#endif
		;
S_680_0: /* 2 */
		t489 = (2<=now.visible_for[0]);
#ifdef VAR_RANGES
		logval("t489", ((int)t489));
#endif
		;
S_681_0: /* 2 */
		t490 = (now.visible_for[0]+1);
#ifdef VAR_RANGES
		logval("t490", t490);
#endif
		;
S_682_0: /* 2 */
		t491 = ( (((int)t489)) ? (2) : (t490) );
#ifdef VAR_RANGES
		logval("t491", t491);
#endif
		;
S_683_0: /* 2 */
		t492 = ( (((int)t488)) ? (t491) : (0) );
#ifdef VAR_RANGES
		logval("t492", t492);
#endif
		;
S_684_0: /* 2 */
		t493 = (((int)now.crashed[1])||((int)now.move_crash[1]));
#ifdef VAR_RANGES
		logval("t493", ((int)t493));
#endif
		;
S_685_0: /* 2 */
		t494 = (2<=t398);
#ifdef VAR_RANGES
		logval("t494", ((int)t494));
#endif
		;
S_686_0: /* 2 */
		t495 = (4+now.latency[1]);
#ifdef VAR_RANGES
		logval("t495", t495);
#endif
		;
S_687_0: /* 2 */
		t496 = (t320==t495);
#ifdef VAR_RANGES
		logval("t496", ((int)t496));
#endif
		;
S_688_0: /* 2 */
		t497 = (((int)t494)&&((int)t496));
#ifdef VAR_RANGES
		logval("t497", ((int)t497));
#endif
		;
S_689_0: /* 2 */
		t498 = (((int)now.faulty[1])&&((int)t497));
#ifdef VAR_RANGES
		logval("t498", ((int)t498));
#endif
		;
S_690_0: /* 2 */
		t499 = (1<=t473);
#ifdef VAR_RANGES
		logval("t499", ((int)t499));
#endif
		;
S_691_0: /* 2 */
		t500 = (3+now.latency[0]);
#ifdef VAR_RANGES
		logval("t500", t500);
#endif
		;
S_692_0: /* 2 */
		t501 = (t320==t500);
#ifdef VAR_RANGES
		logval("t501", ((int)t501));
#endif
		;
S_693_0: /* 2 */
		t502 = (((int)t499)&&((int)t501));
#ifdef VAR_RANGES
		logval("t502", ((int)t502));
#endif
		;
S_694_0: /* 2 */
		t503 = (((int)now.faulty[0])&&((int)t502));
#ifdef VAR_RANGES
		logval("t503", ((int)t503));
#endif
		;
S_695_0: /* 2 */
		t504 = (((int)t498)||((int)t503));
#ifdef VAR_RANGES
		logval("t504", ((int)t504));
#endif
		;
S_696_0: /* 2 */
		t505 = (((int)now.looping[1])||((int)t504));
#ifdef VAR_RANGES
		logval("t505", ((int)t505));
#endif
		;
S_697_0: /* 2 */
		t506 = (((int)t493)||((int)t321));
#ifdef VAR_RANGES
		logval("t506", ((int)t506));
#endif
		;
S_698_0: /* 2 */
		t507 = (((int)t506)||((int)t505));
#ifdef VAR_RANGES
		logval("t507", ((int)t507));
#endif
		;
S_699_0: /* 2 */
		t508 = (2<=now.visible_for[1]);
#ifdef VAR_RANGES
		logval("t508", ((int)t508));
#endif
		;
S_700_0: /* 2 */
		t509 = (now.visible_for[1]+1);
#ifdef VAR_RANGES
		logval("t509", t509);
#endif
		;
S_701_0: /* 2 */
		t510 = ( (((int)t508)) ? (2) : (t509) );
#ifdef VAR_RANGES
		logval("t510", t510);
#endif
		;
S_702_0: /* 2 */
		t511 = ( (((int)t507)) ? (t510) : (0) );
#ifdef VAR_RANGES
		logval("t511", t511);
#endif
		;
S_703_0: /* 2 */
		t512 = (((int)now.crashed[2])||((int)now.move_crash[2]));
#ifdef VAR_RANGES
		logval("t512", ((int)t512));
#endif
		;
S_704_0: /* 2 */
		t513 = (2<=t398);
#ifdef VAR_RANGES
		logval("t513", ((int)t513));
#endif
		;
S_705_0: /* 2 */
		t514 = (4+now.latency[1]);
#ifdef VAR_RANGES
		logval("t514", t514);
#endif
		;
S_706_0: /* 2 */
		t515 = (t320==t514);
#ifdef VAR_RANGES
		logval("t515", ((int)t515));
#endif
		;
S_707_0: /* 2 */
		t516 = (((int)t513)&&((int)t515));
#ifdef VAR_RANGES
		logval("t516", ((int)t516));
#endif
		;
S_708_0: /* 2 */
		t517 = (((int)now.faulty[1])&&((int)t516));
#ifdef VAR_RANGES
		logval("t517", ((int)t517));
#endif
		;
S_709_0: /* 2 */
		t518 = (1<=t473);
#ifdef VAR_RANGES
		logval("t518", ((int)t518));
#endif
		;
S_710_0: /* 2 */
		t519 = (3+now.latency[0]);
#ifdef VAR_RANGES
		logval("t519", t519);
#endif
		;
S_711_0: /* 2 */
		t520 = (t320==t519);
#ifdef VAR_RANGES
		logval("t520", ((int)t520));
#endif
		;
S_712_0: /* 2 */
		t521 = (((int)t518)&&((int)t520));
#ifdef VAR_RANGES
		logval("t521", ((int)t521));
#endif
		;
S_713_0: /* 2 */
		t522 = (((int)now.faulty[0])&&((int)t521));
#ifdef VAR_RANGES
		logval("t522", ((int)t522));
#endif
		;
S_714_0: /* 2 */
		t523 = (((int)t517)||((int)t522));
#ifdef VAR_RANGES
		logval("t523", ((int)t523));
#endif
		;
S_715_0: /* 2 */
		t524 = (((int)now.looping[2])||((int)t523));
#ifdef VAR_RANGES
		logval("t524", ((int)t524));
#endif
		;
S_716_0: /* 2 */
		t525 = (((int)t512)||((int)t321));
#ifdef VAR_RANGES
		logval("t525", ((int)t525));
#endif
		;
S_717_0: /* 2 */
		t526 = (((int)t525)||((int)t524));
#ifdef VAR_RANGES
		logval("t526", ((int)t526));
#endif
		;
S_718_0: /* 2 */
		t527 = (2<=now.visible_for[2]);
#ifdef VAR_RANGES
		logval("t527", ((int)t527));
#endif
		;
S_719_0: /* 2 */
		t528 = (now.visible_for[2]+1);
#ifdef VAR_RANGES
		logval("t528", t528);
#endif
		;
S_720_0: /* 2 */
		t529 = ( (((int)t527)) ? (2) : (t528) );
#ifdef VAR_RANGES
		logval("t529", t529);
#endif
		;
S_721_0: /* 2 */
		t530 = ( (((int)t526)) ? (t529) : (0) );
#ifdef VAR_RANGES
		logval("t530", t530);
#endif
		;
S_722_0: /* 2 */
		t531 = (((int)now.crashed[3])||((int)now.move_crash[3]));
#ifdef VAR_RANGES
		logval("t531", ((int)t531));
#endif
		;
S_723_0: /* 2 */
		t532 = (2<=t398);
#ifdef VAR_RANGES
		logval("t532", ((int)t532));
#endif
		;
S_724_0: /* 2 */
		t533 = (4+now.latency[1]);
#ifdef VAR_RANGES
		logval("t533", t533);
#endif
		;
S_725_0: /* 2 */
		t534 = (t320==t533);
#ifdef VAR_RANGES
		logval("t534", ((int)t534));
#endif
		;
S_726_0: /* 2 */
		t535 = (((int)t532)&&((int)t534));
#ifdef VAR_RANGES
		logval("t535", ((int)t535));
#endif
		;
S_727_0: /* 2 */
		t536 = (((int)now.faulty[1])&&((int)t535));
#ifdef VAR_RANGES
		logval("t536", ((int)t536));
#endif
		;
S_728_0: /* 2 */
		t537 = (1<=t473);
#ifdef VAR_RANGES
		logval("t537", ((int)t537));
#endif
		;
S_729_0: /* 2 */
		t538 = (3+now.latency[0]);
#ifdef VAR_RANGES
		logval("t538", t538);
#endif
		;
S_730_0: /* 2 */
		t539 = (t320==t538);
#ifdef VAR_RANGES
		logval("t539", ((int)t539));
#endif
		;
S_731_0: /* 2 */
		t540 = (((int)t537)&&((int)t539));
#ifdef VAR_RANGES
		logval("t540", ((int)t540));
#endif
		;
S_732_0: /* 2 */
		t541 = (((int)now.faulty[0])&&((int)t540));
#ifdef VAR_RANGES
		logval("t541", ((int)t541));
#endif
		;
S_733_0: /* 2 */
		t542 = (((int)t536)||((int)t541));
#ifdef VAR_RANGES
		logval("t542", ((int)t542));
#endif
		;
S_734_0: /* 2 */
		t543 = (((int)now.looping[3])||((int)t542));
#ifdef VAR_RANGES
		logval("t543", ((int)t543));
#endif
		;
S_735_0: /* 2 */
		t544 = (((int)t531)||((int)t321));
#ifdef VAR_RANGES
		logval("t544", ((int)t544));
#endif
		;
S_736_0: /* 2 */
		t545 = (((int)t544)||((int)t543));
#ifdef VAR_RANGES
		logval("t545", ((int)t545));
#endif
		;
S_737_0: /* 2 */
		t546 = (2<=now.visible_for[3]);
#ifdef VAR_RANGES
		logval("t546", ((int)t546));
#endif
		;
S_738_0: /* 2 */
		t547 = (now.visible_for[3]+1);
#ifdef VAR_RANGES
		logval("t547", t547);
#endif
		;
S_739_0: /* 2 */
		t548 = ( (((int)t546)) ? (2) : (t547) );
#ifdef VAR_RANGES
		logval("t548", t548);
#endif
		;
S_740_0: /* 2 */
		t549 = ( (((int)t545)) ? (t548) : (0) );
#ifdef VAR_RANGES
		logval("t549", t549);
#endif
		;
S_741_0: /* 2 */
		t550 = (((int)now.crashed[4])||((int)now.move_crash[4]));
#ifdef VAR_RANGES
		logval("t550", ((int)t550));
#endif
		;
S_742_0: /* 2 */
		t551 = (3<=t398);
#ifdef VAR_RANGES
		logval("t551", ((int)t551));
#endif
		;
S_743_0: /* 2 */
		t552 = (7+now.latency[1]);
#ifdef VAR_RANGES
		logval("t552", t552);
#endif
		;
S_744_0: /* 2 */
		t553 = (t320==t552);
#ifdef VAR_RANGES
		logval("t553", ((int)t553));
#endif
		;
S_745_0: /* 2 */
		t554 = (((int)t551)&&((int)t553));
#ifdef VAR_RANGES
		logval("t554", ((int)t554));
#endif
		;
S_746_0: /* 2 */
		t555 = (((int)now.faulty[1])&&((int)t554));
#ifdef VAR_RANGES
		logval("t555", ((int)t555));
#endif
		;
S_747_0: /* 2 */
		t556 = (1<=t473);
#ifdef VAR_RANGES
		logval("t556", ((int)t556));
#endif
		;
S_748_0: /* 2 */
		t557 = (3+now.latency[0]);
#ifdef VAR_RANGES
		logval("t557", t557);
#endif
		;
S_749_0: /* 2 */
		t558 = (t320==t557);
#ifdef VAR_RANGES
		logval("t558", ((int)t558));
#endif
		;
S_750_0: /* 2 */
		t559 = (((int)t556)&&((int)t558));
#ifdef VAR_RANGES
		logval("t559", ((int)t559));
#endif
		;
S_751_0: /* 2 */
		t560 = (((int)now.faulty[0])&&((int)t559));
#ifdef VAR_RANGES
		logval("t560", ((int)t560));
#endif
		;
S_752_0: /* 2 */
		t561 = (((int)t555)||((int)t560));
#ifdef VAR_RANGES
		logval("t561", ((int)t561));
#endif
		;
S_753_0: /* 2 */
		t562 = (((int)now.looping[4])||((int)t561));
#ifdef VAR_RANGES
		logval("t562", ((int)t562));
#endif
		;
S_754_0: /* 2 */
		t563 = (((int)t550)||((int)t322));
#ifdef VAR_RANGES
		logval("t563", ((int)t563));
#endif
		;
S_755_0: /* 2 */
		t564 = (((int)t563)||((int)t562));
#ifdef VAR_RANGES
		logval("t564", ((int)t564));
#endif
		;
S_756_0: /* 2 */
		t565 = (2<=now.visible_for[4]);
#ifdef VAR_RANGES
		logval("t565", ((int)t565));
#endif
		;
S_757_0: /* 2 */
		t566 = (now.visible_for[4]+1);
#ifdef VAR_RANGES
		logval("t566", t566);
#endif
		;
S_758_0: /* 2 */
		t567 = ( (((int)t565)) ? (2) : (t566) );
#ifdef VAR_RANGES
		logval("t567", t567);
#endif
		;
S_759_0: /* 2 */
		t568 = ( (((int)t564)) ? (t567) : (0) );
#ifdef VAR_RANGES
		logval("t568", t568);
#endif
		;
S_760_0: /* 2 */
		t569 = (((int)now.crashed[5])||((int)now.move_crash[5]));
#ifdef VAR_RANGES
		logval("t569", ((int)t569));
#endif
		;
S_761_0: /* 2 */
		t570 = (3<=t398);
#ifdef VAR_RANGES
		logval("t570", ((int)t570));
#endif
		;
S_762_0: /* 2 */
		t571 = (7+now.latency[1]);
#ifdef VAR_RANGES
		logval("t571", t571);
#endif
		;
S_763_0: /* 2 */
		t572 = (t320==t571);
#ifdef VAR_RANGES
		logval("t572", ((int)t572));
#endif
		;
S_764_0: /* 2 */
		t573 = (((int)t570)&&((int)t572));
#ifdef VAR_RANGES
		logval("t573", ((int)t573));
#endif
		;
S_765_0: /* 2 */
		t574 = (((int)now.faulty[1])&&((int)t573));
#ifdef VAR_RANGES
		logval("t574", ((int)t574));
#endif
		;
S_766_0: /* 2 */
		t575 = (1<=t473);
#ifdef VAR_RANGES
		logval("t575", ((int)t575));
#endif
		;
S_767_0: /* 2 */
		t576 = (3+now.latency[0]);
#ifdef VAR_RANGES
		logval("t576", t576);
#endif
		;
S_768_0: /* 2 */
		t577 = (t320==t576);
#ifdef VAR_RANGES
		logval("t577", ((int)t577));
#endif
		;
S_769_0: /* 2 */
		t578 = (((int)t575)&&((int)t577));
#ifdef VAR_RANGES
		logval("t578", ((int)t578));
#endif
		;
S_770_0: /* 2 */
		t579 = (((int)now.faulty[0])&&((int)t578));
#ifdef VAR_RANGES
		logval("t579", ((int)t579));
#endif
		;
S_771_0: /* 2 */
		t580 = (((int)t574)||((int)t579));
#ifdef VAR_RANGES
		logval("t580", ((int)t580));
#endif
		;
S_772_0: /* 2 */
		t581 = (((int)now.looping[5])||((int)t580));
#ifdef VAR_RANGES
		logval("t581", ((int)t581));
#endif
		;
S_773_0: /* 2 */
		t582 = (((int)t569)||((int)t322));
#ifdef VAR_RANGES
		logval("t582", ((int)t582));
#endif
		;
S_774_0: /* 2 */
		t583 = (((int)t582)||((int)t581));
#ifdef VAR_RANGES
		logval("t583", ((int)t583));
#endif
		;
S_775_0: /* 2 */
		t584 = (2<=now.visible_for[5]);
#ifdef VAR_RANGES
		logval("t584", ((int)t584));
#endif
		;
S_776_0: /* 2 */
		t585 = (now.visible_for[5]+1);
#ifdef VAR_RANGES
		logval("t585", t585);
#endif
		;
S_777_0: /* 2 */
		t586 = ( (((int)t584)) ? (2) : (t585) );
#ifdef VAR_RANGES
		logval("t586", t586);
#endif
		;
S_778_0: /* 2 */
		t587 = ( (((int)t583)) ? (t586) : (0) );
#ifdef VAR_RANGES
		logval("t587", t587);
#endif
		;
S_779_0: /* 2 */
		t588 = (((int)now.crashed[6])||((int)now.move_crash[6]));
#ifdef VAR_RANGES
		logval("t588", ((int)t588));
#endif
		;
S_780_0: /* 2 */
		t589 = (3<=t398);
#ifdef VAR_RANGES
		logval("t589", ((int)t589));
#endif
		;
S_781_0: /* 2 */
		t590 = (7+now.latency[1]);
#ifdef VAR_RANGES
		logval("t590", t590);
#endif
		;
S_782_0: /* 2 */
		t591 = (t320==t590);
#ifdef VAR_RANGES
		logval("t591", ((int)t591));
#endif
		;
S_783_0: /* 2 */
		t592 = (((int)t589)&&((int)t591));
#ifdef VAR_RANGES
		logval("t592", ((int)t592));
#endif
		;
S_784_0: /* 2 */
		t593 = (((int)now.faulty[1])&&((int)t592));
#ifdef VAR_RANGES
		logval("t593", ((int)t593));
#endif
		;
S_785_0: /* 2 */
		t594 = (1<=t473);
#ifdef VAR_RANGES
		logval("t594", ((int)t594));
#endif
		;
S_786_0: /* 2 */
		t595 = (3+now.latency[0]);
#ifdef VAR_RANGES
		logval("t595", t595);
#endif
		;
S_787_0: /* 2 */
		t596 = (t320==t595);
#ifdef VAR_RANGES
		logval("t596", ((int)t596));
#endif
		;
S_788_0: /* 2 */
		t597 = (((int)t594)&&((int)t596));
#ifdef VAR_RANGES
		logval("t597", ((int)t597));
#endif
		;
S_789_0: /* 2 */
		t598 = (((int)now.faulty[0])&&((int)t597));
#ifdef VAR_RANGES
		logval("t598", ((int)t598));
#endif
		;
S_790_0: /* 2 */
		t599 = (((int)t593)||((int)t598));
#ifdef VAR_RANGES
		logval("t599", ((int)t599));
#endif
		;
S_791_0: /* 2 */
		t600 = (((int)now.looping[6])||((int)t599));
#ifdef VAR_RANGES
		logval("t600", ((int)t600));
#endif
		;
S_792_0: /* 2 */
		t601 = (((int)t588)||((int)t322));
#ifdef VAR_RANGES
		logval("t601", ((int)t601));
#endif
		;
S_793_0: /* 2 */
		t602 = (((int)t601)||((int)t600));
#ifdef VAR_RANGES
		logval("t602", ((int)t602));
#endif
		;
S_794_0: /* 2 */
		t603 = (2<=now.visible_for[6]);
#ifdef VAR_RANGES
		logval("t603", ((int)t603));
#endif
		;
S_795_0: /* 2 */
		t604 = (now.visible_for[6]+1);
#ifdef VAR_RANGES
		logval("t604", t604);
#endif
		;
S_796_0: /* 2 */
		t605 = ( (((int)t603)) ? (2) : (t604) );
#ifdef VAR_RANGES
		logval("t605", t605);
#endif
		;
S_797_0: /* 2 */
		t606 = ( (((int)t602)) ? (t605) : (0) );
#ifdef VAR_RANGES
		logval("t606", t606);
#endif
		;
S_798_0: /* 2 */
		t607 = (((int)now.crashed[7])||((int)now.move_crash[7]));
#ifdef VAR_RANGES
		logval("t607", ((int)t607));
#endif
		;
S_799_0: /* 2 */
		t608 = (4<=t398);
#ifdef VAR_RANGES
		logval("t608", ((int)t608));
#endif
		;
S_800_0: /* 2 */
		t609 = (10+now.latency[1]);
#ifdef VAR_RANGES
		logval("t609", t609);
#endif
		;
S_801_0: /* 2 */
		t610 = (t320==t609);
#ifdef VAR_RANGES
		logval("t610", ((int)t610));
#endif
		;
S_802_0: /* 2 */
		t611 = (((int)t608)&&((int)t610));
#ifdef VAR_RANGES
		logval("t611", ((int)t611));
#endif
		;
S_803_0: /* 2 */
		t612 = (((int)now.faulty[1])&&((int)t611));
#ifdef VAR_RANGES
		logval("t612", ((int)t612));
#endif
		;
S_804_0: /* 2 */
		t613 = (1<=t473);
#ifdef VAR_RANGES
		logval("t613", ((int)t613));
#endif
		;
S_805_0: /* 2 */
		t614 = (3+now.latency[0]);
#ifdef VAR_RANGES
		logval("t614", t614);
#endif
		;
S_806_0: /* 2 */
		t615 = (t320==t614);
#ifdef VAR_RANGES
		logval("t615", ((int)t615));
#endif
		;
S_807_0: /* 2 */
		t616 = (((int)t613)&&((int)t615));
#ifdef VAR_RANGES
		logval("t616", ((int)t616));
#endif
		;
S_808_0: /* 2 */
		t617 = (((int)now.faulty[0])&&((int)t616));
#ifdef VAR_RANGES
		logval("t617", ((int)t617));
#endif
		;
S_809_0: /* 2 */
		t618 = (((int)t612)||((int)t617));
#ifdef VAR_RANGES
		logval("t618", ((int)t618));
#endif
		;
S_810_0: /* 2 */
		t619 = (((int)now.looping[7])||((int)t618));
#ifdef VAR_RANGES
		logval("t619", ((int)t619));
#endif
		;
S_811_0: /* 2 */
		t620 = (((int)t607)||((int)t322));
#ifdef VAR_RANGES
		logval("t620", ((int)t620));
#endif
		;
S_812_0: /* 2 */
		t621 = (((int)t620)||((int)t619));
#ifdef VAR_RANGES
		logval("t621", ((int)t621));
#endif
		;
S_813_0: /* 2 */
		t622 = (2<=now.visible_for[7]);
#ifdef VAR_RANGES
		logval("t622", ((int)t622));
#endif
		;
S_814_0: /* 2 */
		t623 = (now.visible_for[7]+1);
#ifdef VAR_RANGES
		logval("t623", t623);
#endif
		;
S_815_0: /* 2 */
		t624 = ( (((int)t622)) ? (2) : (t623) );
#ifdef VAR_RANGES
		logval("t624", t624);
#endif
		;
S_816_0: /* 2 */
		t625 = ( (((int)t621)) ? (t624) : (0) );
#ifdef VAR_RANGES
		logval("t625", t625);
#endif
		;
S_817_0: /* 2 */
		t626 = (((int)now.crashed[8])||((int)now.move_crash[8]));
#ifdef VAR_RANGES
		logval("t626", ((int)t626));
#endif
		;
S_818_0: /* 2 */
		t627 = (((int)now.looping[8])||0);
#ifdef VAR_RANGES
		logval("t627", ((int)t627));
#endif
		;
S_819_0: /* 2 */
		t628 = (((int)t626)||((int)t322));
#ifdef VAR_RANGES
		logval("t628", ((int)t628));
#endif
		;
S_820_0: /* 2 */
		t629 = (((int)t628)||((int)t627));
#ifdef VAR_RANGES
		logval("t629", ((int)t629));
#endif
		;
S_821_0: /* 2 */
		t630 = (2<=now.visible_for[8]);
#ifdef VAR_RANGES
		logval("t630", ((int)t630));
#endif
		;
S_822_0: /* 2 */
		t631 = (now.visible_for[8]+1);
#ifdef VAR_RANGES
		logval("t631", t631);
#endif
		;
S_823_0: /* 2 */
		t632 = ( (((int)t630)) ? (2) : (t631) );
#ifdef VAR_RANGES
		logval("t632", t632);
#endif
		;
S_824_0: /* 2 */
		t633 = ( (((int)t629)) ? (t632) : (0) );
#ifdef VAR_RANGES
		logval("t633", t633);
#endif
		;
S_825_0: /* 2 */
		t634 = (((int)now.crashed[9])||((int)now.move_crash[9]));
#ifdef VAR_RANGES
		logval("t634", ((int)t634));
#endif
		;
S_826_0: /* 2 */
		t635 = (((int)now.looping[9])||0);
#ifdef VAR_RANGES
		logval("t635", ((int)t635));
#endif
		;
S_827_0: /* 2 */
		t636 = (((int)t634)||((int)t322));
#ifdef VAR_RANGES
		logval("t636", ((int)t636));
#endif
		;
S_828_0: /* 2 */
		t637 = (((int)t636)||((int)t635));
#ifdef VAR_RANGES
		logval("t637", ((int)t637));
#endif
		;
S_829_0: /* 2 */
		t638 = (2<=now.visible_for[9]);
#ifdef VAR_RANGES
		logval("t638", ((int)t638));
#endif
		;
S_830_0: /* 2 */
		t639 = (now.visible_for[9]+1);
#ifdef VAR_RANGES
		logval("t639", t639);
#endif
		;
S_831_0: /* 2 */
		t640 = ( (((int)t638)) ? (2) : (t639) );
#ifdef VAR_RANGES
		logval("t640", t640);
#endif
		;
S_832_0: /* 2 */
		t641 = ( (((int)t637)) ? (t640) : (0) );
#ifdef VAR_RANGES
		logval("t641", t641);
#endif
		;
S_833_0: /* 2 */
		t642 = (((int)t474)||((int)t321));
#ifdef VAR_RANGES
		logval("t642", ((int)t642));
#endif
		;
S_834_0: /* 2 */
		t643 = (((int)t642)||((int)t486));
#ifdef VAR_RANGES
		logval("t643", ((int)t643));
#endif
		;
S_835_0: /* 2 */
		t644 =  !(((int)t643));
#ifdef VAR_RANGES
		logval("t644", ((int)t644));
#endif
		;
S_836_0: /* 2 */
		t645 = (((int)t493)||((int)t321));
#ifdef VAR_RANGES
		logval("t645", ((int)t645));
#endif
		;
S_837_0: /* 2 */
		t646 = (((int)t645)||((int)t505));
#ifdef VAR_RANGES
		logval("t646", ((int)t646));
#endif
		;
S_838_0: /* 2 */
		t647 =  !(((int)t646));
#ifdef VAR_RANGES
		logval("t647", ((int)t647));
#endif
		;
S_839_0: /* 2 */
		t648 = (((int)t512)||((int)t321));
#ifdef VAR_RANGES
		logval("t648", ((int)t648));
#endif
		;
S_840_0: /* 2 */
		t649 = (((int)t648)||((int)t524));
#ifdef VAR_RANGES
		logval("t649", ((int)t649));
#endif
		;
S_841_0: /* 2 */
		t650 =  !(((int)t649));
#ifdef VAR_RANGES
		logval("t650", ((int)t650));
#endif
		;
S_842_0: /* 2 */
		t651 = (((int)t531)||((int)t321));
#ifdef VAR_RANGES
		logval("t651", ((int)t651));
#endif
		;
S_843_0: /* 2 */
		t652 = (((int)t651)||((int)t543));
#ifdef VAR_RANGES
		logval("t652", ((int)t652));
#endif
		;
S_844_0: /* 2 */
		t653 =  !(((int)t652));
#ifdef VAR_RANGES
		logval("t653", ((int)t653));
#endif
		;
S_845_0: /* 2 */
		t654 = (((int)t550)||((int)t322));
#ifdef VAR_RANGES
		logval("t654", ((int)t654));
#endif
		;
S_846_0: /* 2 */
		t655 = (((int)t654)||((int)t562));
#ifdef VAR_RANGES
		logval("t655", ((int)t655));
#endif
		;
S_847_0: /* 2 */
		t656 =  !(((int)t655));
#ifdef VAR_RANGES
		logval("t656", ((int)t656));
#endif
		;
S_848_0: /* 2 */
		t657 = (((int)t569)||((int)t322));
#ifdef VAR_RANGES
		logval("t657", ((int)t657));
#endif
		;
S_849_0: /* 2 */
		t658 = (((int)t657)||((int)t581));
#ifdef VAR_RANGES
		logval("t658", ((int)t658));
#endif
		;
S_850_0: /* 2 */
		t659 =  !(((int)t658));
#ifdef VAR_RANGES
		logval("t659", ((int)t659));
#endif
		;
S_851_0: /* 2 */
		t660 = (((int)t588)||((int)t322));
#ifdef VAR_RANGES
		logval("t660", ((int)t660));
#endif
		;
S_852_0: /* 2 */
		t661 = (((int)t660)||((int)t600));
#ifdef VAR_RANGES
		logval("t661", ((int)t661));
#endif
		;
S_853_0: /* 2 */
		t662 =  !(((int)t661));
#ifdef VAR_RANGES
		logval("t662", ((int)t662));
#endif
		;
S_854_0: /* 2 */
		t663 = (((int)t607)||((int)t322));
#ifdef VAR_RANGES
		logval("t663", ((int)t663));
#endif
		;
S_855_0: /* 2 */
		t664 = (((int)t663)||((int)t619));
#ifdef VAR_RANGES
		logval("t664", ((int)t664));
#endif
		;
S_856_0: /* 2 */
		t665 =  !(((int)t664));
#ifdef VAR_RANGES
		logval("t665", ((int)t665));
#endif
		;
S_857_0: /* 2 */
		t666 = (((int)t626)||((int)t322));
#ifdef VAR_RANGES
		logval("t666", ((int)t666));
#endif
		;
S_858_0: /* 2 */
		t667 = (((int)t666)||((int)t627));
#ifdef VAR_RANGES
		logval("t667", ((int)t667));
#endif
		;
S_859_0: /* 2 */
		t668 =  !(((int)t667));
#ifdef VAR_RANGES
		logval("t668", ((int)t668));
#endif
		;
S_860_0: /* 2 */
		t669 = (((int)t634)||((int)t322));
#ifdef VAR_RANGES
		logval("t669", ((int)t669));
#endif
		;
S_861_0: /* 2 */
		t670 = (((int)t669)||((int)t635));
#ifdef VAR_RANGES
		logval("t670", ((int)t670));
#endif
		;
S_862_0: /* 2 */
		t671 =  !(((int)t670));
#ifdef VAR_RANGES
		logval("t671", ((int)t671));
#endif
		;
S_863_0: /* 2 */
		t672 = ((((((((((( (((int)t644)) ? (1) : (0) )+( (((int)t647)) ? (1) : (0) ))+( (((int)t650)) ? (1) : (0) ))+( (((int)t653)) ? (1) : (0) ))+( (((int)t656)) ? (1) : (0) ))+( (((int)t659)) ? (1) : (0) ))+( (((int)t662)) ? (1) : (0) ))+( (((int)t665)) ? (1) : (0) ))+( (((int)t668)) ? (1) : (0) ))+( (((int)t671)) ? (1) : (0) ))>=6);
#ifdef VAR_RANGES
		logval("t672", ((int)t672));
#endif
		;
S_864_0: /* 2 */
		t673 = (((int)t474)||((int)t321));
#ifdef VAR_RANGES
		logval("t673", ((int)t673));
#endif
		;
S_865_0: /* 2 */
		t674 = (((int)t673)||((int)t486));
#ifdef VAR_RANGES
		logval("t674", ((int)t674));
#endif
		;
S_866_0: /* 2 */
		t675 =  !(((int)t674));
#ifdef VAR_RANGES
		logval("t675", ((int)t675));
#endif
		;
S_867_0: /* 2 */
		t676 = (t492<=1);
#ifdef VAR_RANGES
		logval("t676", ((int)t676));
#endif
		;
S_868_0: /* 2 */
		t677 = (((int)t675)||((int)t676));
#ifdef VAR_RANGES
		logval("t677", ((int)t677));
#endif
		;
S_869_0: /* 2 */
		t678 =  !(((int)t677));
#ifdef VAR_RANGES
		logval("t678", ((int)t678));
#endif
		;
S_870_0: /* 2 */
		t679 = (((int)t474)||((int)t321));
#ifdef VAR_RANGES
		logval("t679", ((int)t679));
#endif
		;
S_871_0: /* 2 */
		t680 = (((int)t679)||((int)t486));
#ifdef VAR_RANGES
		logval("t680", ((int)t680));
#endif
		;
S_872_0: /* 2 */
		t681 =  !(((int)t680));
#ifdef VAR_RANGES
		logval("t681", ((int)t681));
#endif
		;
S_873_0: /* 2 */
		t682 = (((int)t678)||((int)t681));
#ifdef VAR_RANGES
		logval("t682", ((int)t682));
#endif
		;
S_874_0: /* 2 */
		t683 =  !(((int)t682));
#ifdef VAR_RANGES
		logval("t683", ((int)t683));
#endif
		;
S_875_0: /* 2 */
		t684 =  !(((int)t683));
#ifdef VAR_RANGES
		logval("t684", ((int)t684));
#endif
		;
S_876_0: /* 2 */
		t685 = (((int)t493)||((int)t321));
#ifdef VAR_RANGES
		logval("t685", ((int)t685));
#endif
		;
S_877_0: /* 2 */
		t686 = (((int)t685)||((int)t505));
#ifdef VAR_RANGES
		logval("t686", ((int)t686));
#endif
		;
S_878_0: /* 2 */
		t687 =  !(((int)t686));
#ifdef VAR_RANGES
		logval("t687", ((int)t687));
#endif
		;
S_879_0: /* 2 */
		t688 = (t511<=1);
#ifdef VAR_RANGES
		logval("t688", ((int)t688));
#endif
		;
S_880_0: /* 2 */
		t689 = (((int)t687)||((int)t688));
#ifdef VAR_RANGES
		logval("t689", ((int)t689));
#endif
		;
S_881_0: /* 2 */
		t690 =  !(((int)t689));
#ifdef VAR_RANGES
		logval("t690", ((int)t690));
#endif
		;
S_882_0: /* 2 */
		t691 = (((int)t493)||((int)t321));
#ifdef VAR_RANGES
		logval("t691", ((int)t691));
#endif
		;
S_883_0: /* 2 */
		t692 = (((int)t691)||((int)t505));
#ifdef VAR_RANGES
		logval("t692", ((int)t692));
#endif
		;
S_884_0: /* 2 */
		t693 =  !(((int)t692));
#ifdef VAR_RANGES
		logval("t693", ((int)t693));
#endif
		;
S_885_0: /* 2 */
		t694 = (((int)t690)||((int)t693));
#ifdef VAR_RANGES
		logval("t694", ((int)t694));
#endif
		;
S_886_0: /* 2 */
		t695 =  !(((int)t694));
#ifdef VAR_RANGES
		logval("t695", ((int)t695));
#endif
		;
S_887_0: /* 2 */
		t696 =  !(((int)t695));
#ifdef VAR_RANGES
		logval("t696", ((int)t696));
#endif
		;
S_888_0: /* 2 */
		t697 = (((int)t512)||((int)t321));
#ifdef VAR_RANGES
		logval("t697", ((int)t697));
#endif
		;
S_889_0: /* 2 */
		t698 = (((int)t697)||((int)t524));
#ifdef VAR_RANGES
		logval("t698", ((int)t698));
#endif
		;
S_890_0: /* 2 */
		t699 =  !(((int)t698));
#ifdef VAR_RANGES
		logval("t699", ((int)t699));
#endif
		;
S_891_0: /* 2 */
		t700 = (t530<=1);
#ifdef VAR_RANGES
		logval("t700", ((int)t700));
#endif
		;
S_892_0: /* 2 */
		t701 = (((int)t699)||((int)t700));
#ifdef VAR_RANGES
		logval("t701", ((int)t701));
#endif
		;
S_893_0: /* 2 */
		t702 =  !(((int)t701));
#ifdef VAR_RANGES
		logval("t702", ((int)t702));
#endif
		;
S_894_0: /* 2 */
		t703 = (((int)t512)||((int)t321));
#ifdef VAR_RANGES
		logval("t703", ((int)t703));
#endif
		;
S_895_0: /* 2 */
		t704 = (((int)t703)||((int)t524));
#ifdef VAR_RANGES
		logval("t704", ((int)t704));
#endif
		;
S_896_0: /* 2 */
		t705 =  !(((int)t704));
#ifdef VAR_RANGES
		logval("t705", ((int)t705));
#endif
		;
S_897_0: /* 2 */
		t706 = (((int)t702)||((int)t705));
#ifdef VAR_RANGES
		logval("t706", ((int)t706));
#endif
		;
S_898_0: /* 2 */
		t707 =  !(((int)t706));
#ifdef VAR_RANGES
		logval("t707", ((int)t707));
#endif
		;
S_899_0: /* 2 */
		t708 =  !(((int)t707));
#ifdef VAR_RANGES
		logval("t708", ((int)t708));
#endif
		;
S_900_0: /* 2 */
		t709 = (((int)t531)||((int)t321));
#ifdef VAR_RANGES
		logval("t709", ((int)t709));
#endif
		;
S_901_0: /* 2 */
		t710 = (((int)t709)||((int)t543));
#ifdef VAR_RANGES
		logval("t710", ((int)t710));
#endif
		;
S_902_0: /* 2 */
		t711 =  !(((int)t710));
#ifdef VAR_RANGES
		logval("t711", ((int)t711));
#endif
		;
S_903_0: /* 2 */
		t712 = (t549<=1);
#ifdef VAR_RANGES
		logval("t712", ((int)t712));
#endif
		;
S_904_0: /* 2 */
		t713 = (((int)t711)||((int)t712));
#ifdef VAR_RANGES
		logval("t713", ((int)t713));
#endif
		;
S_905_0: /* 2 */
		t714 =  !(((int)t713));
#ifdef VAR_RANGES
		logval("t714", ((int)t714));
#endif
		;
S_906_0: /* 2 */
		t715 = (((int)t531)||((int)t321));
#ifdef VAR_RANGES
		logval("t715", ((int)t715));
#endif
		;
S_907_0: /* 2 */
		t716 = (((int)t715)||((int)t543));
#ifdef VAR_RANGES
		logval("t716", ((int)t716));
#endif
		;
S_908_0: /* 2 */
		t717 =  !(((int)t716));
#ifdef VAR_RANGES
		logval("t717", ((int)t717));
#endif
		;
S_909_0: /* 2 */
		t718 = (((int)t714)||((int)t717));
#ifdef VAR_RANGES
		logval("t718", ((int)t718));
#endif
		;
S_910_0: /* 2 */
		t719 =  !(((int)t718));
#ifdef VAR_RANGES
		logval("t719", ((int)t719));
#endif
		;
S_911_0: /* 2 */
		t720 =  !(((int)t719));
#ifdef VAR_RANGES
		logval("t720", ((int)t720));
#endif
		;
S_912_0: /* 2 */
		t721 = (((int)t550)||((int)t322));
#ifdef VAR_RANGES
		logval("t721", ((int)t721));
#endif
		;
S_913_0: /* 2 */
		t722 = (((int)t721)||((int)t562));
#ifdef VAR_RANGES
		logval("t722", ((int)t722));
#endif
		;
S_914_0: /* 2 */
		t723 =  !(((int)t722));
#ifdef VAR_RANGES
		logval("t723", ((int)t723));
#endif
		;
S_915_0: /* 2 */
		t724 = (t568<=1);
#ifdef VAR_RANGES
		logval("t724", ((int)t724));
#endif
		;
S_916_0: /* 2 */
		t725 = (((int)t723)||((int)t724));
#ifdef VAR_RANGES
		logval("t725", ((int)t725));
#endif
		;
S_917_0: /* 2 */
		t726 =  !(((int)t725));
#ifdef VAR_RANGES
		logval("t726", ((int)t726));
#endif
		;
S_918_0: /* 2 */
		t727 = (((int)t550)||((int)t322));
#ifdef VAR_RANGES
		logval("t727", ((int)t727));
#endif
		;
S_919_0: /* 2 */
		t728 = (((int)t727)||((int)t562));
#ifdef VAR_RANGES
		logval("t728", ((int)t728));
#endif
		;
S_920_0: /* 2 */
		t729 =  !(((int)t728));
#ifdef VAR_RANGES
		logval("t729", ((int)t729));
#endif
		;
S_921_0: /* 2 */
		t730 = (((int)t726)||((int)t729));
#ifdef VAR_RANGES
		logval("t730", ((int)t730));
#endif
		;
S_922_0: /* 2 */
		t731 =  !(((int)t730));
#ifdef VAR_RANGES
		logval("t731", ((int)t731));
#endif
		;
S_923_0: /* 2 */
		t732 =  !(((int)t731));
#ifdef VAR_RANGES
		logval("t732", ((int)t732));
#endif
		;
S_924_0: /* 2 */
		t733 = (((int)t569)||((int)t322));
#ifdef VAR_RANGES
		logval("t733", ((int)t733));
#endif
		;
S_925_0: /* 2 */
		t734 = (((int)t733)||((int)t581));
#ifdef VAR_RANGES
		logval("t734", ((int)t734));
#endif
		;
S_926_0: /* 2 */
		t735 =  !(((int)t734));
#ifdef VAR_RANGES
		logval("t735", ((int)t735));
#endif
		;
S_927_0: /* 2 */
		t736 = (t587<=1);
#ifdef VAR_RANGES
		logval("t736", ((int)t736));
#endif
		;
S_928_0: /* 2 */
		t737 = (((int)t735)||((int)t736));
#ifdef VAR_RANGES
		logval("t737", ((int)t737));
#endif
		;
S_929_0: /* 2 */
		t738 =  !(((int)t737));
#ifdef VAR_RANGES
		logval("t738", ((int)t738));
#endif
		;
S_930_0: /* 2 */
		t739 = (((int)t569)||((int)t322));
#ifdef VAR_RANGES
		logval("t739", ((int)t739));
#endif
		;
S_931_0: /* 2 */
		t740 = (((int)t739)||((int)t581));
#ifdef VAR_RANGES
		logval("t740", ((int)t740));
#endif
		;
S_932_0: /* 2 */
		t741 =  !(((int)t740));
#ifdef VAR_RANGES
		logval("t741", ((int)t741));
#endif
		;
S_933_0: /* 2 */
		t742 = (((int)t738)||((int)t741));
#ifdef VAR_RANGES
		logval("t742", ((int)t742));
#endif
		;
S_934_0: /* 2 */
		t743 =  !(((int)t742));
#ifdef VAR_RANGES
		logval("t743", ((int)t743));
#endif
		;
S_935_0: /* 2 */
		t744 =  !(((int)t743));
#ifdef VAR_RANGES
		logval("t744", ((int)t744));
#endif
		;
S_936_0: /* 2 */
		t745 = (((int)t588)||((int)t322));
#ifdef VAR_RANGES
		logval("t745", ((int)t745));
#endif
		;
S_937_0: /* 2 */
		t746 = (((int)t745)||((int)t600));
#ifdef VAR_RANGES
		logval("t746", ((int)t746));
#endif
		;
S_938_0: /* 2 */
		t747 =  !(((int)t746));
#ifdef VAR_RANGES
		logval("t747", ((int)t747));
#endif
		;
S_939_0: /* 2 */
		t748 = (t606<=1);
#ifdef VAR_RANGES
		logval("t748", ((int)t748));
#endif
		;
S_940_0: /* 2 */
		t749 = (((int)t747)||((int)t748));
#ifdef VAR_RANGES
		logval("t749", ((int)t749));
#endif
		;
S_941_0: /* 2 */
		t750 =  !(((int)t749));
#ifdef VAR_RANGES
		logval("t750", ((int)t750));
#endif
		;
S_942_0: /* 2 */
		t751 = (((int)t588)||((int)t322));
#ifdef VAR_RANGES
		logval("t751", ((int)t751));
#endif
		;
S_943_0: /* 2 */
		t752 = (((int)t751)||((int)t600));
#ifdef VAR_RANGES
		logval("t752", ((int)t752));
#endif
		;
S_944_0: /* 2 */
		t753 =  !(((int)t752));
#ifdef VAR_RANGES
		logval("t753", ((int)t753));
#endif
		;
S_945_0: /* 2 */
		t754 = (((int)t750)||((int)t753));
#ifdef VAR_RANGES
		logval("t754", ((int)t754));
#endif
		;
S_946_0: /* 2 */
		t755 =  !(((int)t754));
#ifdef VAR_RANGES
		logval("t755", ((int)t755));
#endif
		;
S_947_0: /* 2 */
		t756 =  !(((int)t755));
#ifdef VAR_RANGES
		logval("t756", ((int)t756));
#endif
		;
S_948_0: /* 2 */
		t757 = (((int)t607)||((int)t322));
#ifdef VAR_RANGES
		logval("t757", ((int)t757));
#endif
		;
S_949_0: /* 2 */
		t758 = (((int)t757)||((int)t619));
#ifdef VAR_RANGES
		logval("t758", ((int)t758));
#endif
		;
S_950_0: /* 2 */
		t759 =  !(((int)t758));
#ifdef VAR_RANGES
		logval("t759", ((int)t759));
#endif
		;
S_951_0: /* 2 */
		t760 = (t625<=1);
#ifdef VAR_RANGES
		logval("t760", ((int)t760));
#endif
		;
S_952_0: /* 2 */
		t761 = (((int)t759)||((int)t760));
#ifdef VAR_RANGES
		logval("t761", ((int)t761));
#endif
		;
S_953_0: /* 2 */
		t762 =  !(((int)t761));
#ifdef VAR_RANGES
		logval("t762", ((int)t762));
#endif
		;
S_954_0: /* 2 */
		t763 = (((int)t607)||((int)t322));
#ifdef VAR_RANGES
		logval("t763", ((int)t763));
#endif
		;
S_955_0: /* 2 */
		t764 = (((int)t763)||((int)t619));
#ifdef VAR_RANGES
		logval("t764", ((int)t764));
#endif
		;
S_956_0: /* 2 */
		t765 =  !(((int)t764));
#ifdef VAR_RANGES
		logval("t765", ((int)t765));
#endif
		;
S_957_0: /* 2 */
		t766 = (((int)t762)||((int)t765));
#ifdef VAR_RANGES
		logval("t766", ((int)t766));
#endif
		;
S_958_0: /* 2 */
		t767 =  !(((int)t766));
#ifdef VAR_RANGES
		logval("t767", ((int)t767));
#endif
		;
S_959_0: /* 2 */
		t768 =  !(((int)t767));
#ifdef VAR_RANGES
		logval("t768", ((int)t768));
#endif
		;
S_960_0: /* 2 */
		t769 = (((int)t626)||((int)t322));
#ifdef VAR_RANGES
		logval("t769", ((int)t769));
#endif
		;
S_961_0: /* 2 */
		t770 = (((int)t769)||((int)t627));
#ifdef VAR_RANGES
		logval("t770", ((int)t770));
#endif
		;
S_962_0: /* 2 */
		t771 =  !(((int)t770));
#ifdef VAR_RANGES
		logval("t771", ((int)t771));
#endif
		;
S_963_0: /* 2 */
		t772 = (t633<=1);
#ifdef VAR_RANGES
		logval("t772", ((int)t772));
#endif
		;
S_964_0: /* 2 */
		t773 = (((int)t771)||((int)t772));
#ifdef VAR_RANGES
		logval("t773", ((int)t773));
#endif
		;
S_965_0: /* 2 */
		t774 =  !(((int)t773));
#ifdef VAR_RANGES
		logval("t774", ((int)t774));
#endif
		;
S_966_0: /* 2 */
		t775 = (((int)t626)||((int)t322));
#ifdef VAR_RANGES
		logval("t775", ((int)t775));
#endif
		;
S_967_0: /* 2 */
		t776 = (((int)t775)||((int)t627));
#ifdef VAR_RANGES
		logval("t776", ((int)t776));
#endif
		;
S_968_0: /* 2 */
		t777 =  !(((int)t776));
#ifdef VAR_RANGES
		logval("t777", ((int)t777));
#endif
		;
S_969_0: /* 2 */
		t778 = (((int)t774)||((int)t777));
#ifdef VAR_RANGES
		logval("t778", ((int)t778));
#endif
		;
S_970_0: /* 2 */
		t779 =  !(((int)t778));
#ifdef VAR_RANGES
		logval("t779", ((int)t779));
#endif
		;
S_971_0: /* 2 */
		t780 =  !(((int)t779));
#ifdef VAR_RANGES
		logval("t780", ((int)t780));
#endif
		;
S_972_0: /* 2 */
		t781 = (((int)t634)||((int)t322));
#ifdef VAR_RANGES
		logval("t781", ((int)t781));
#endif
		;
S_973_0: /* 2 */
		t782 = (((int)t781)||((int)t635));
#ifdef VAR_RANGES
		logval("t782", ((int)t782));
#endif
		;
S_974_0: /* 2 */
		t783 =  !(((int)t782));
#ifdef VAR_RANGES
		logval("t783", ((int)t783));
#endif
		;
S_975_0: /* 2 */
		t784 = (t641<=1);
#ifdef VAR_RANGES
		logval("t784", ((int)t784));
#endif
		;
S_976_0: /* 2 */
		t785 = (((int)t783)||((int)t784));
#ifdef VAR_RANGES
		logval("t785", ((int)t785));
#endif
		;
S_977_0: /* 2 */
		t786 =  !(((int)t785));
#ifdef VAR_RANGES
		logval("t786", ((int)t786));
#endif
		;
S_978_0: /* 2 */
		t787 = (((int)t634)||((int)t322));
#ifdef VAR_RANGES
		logval("t787", ((int)t787));
#endif
		;
S_979_0: /* 2 */
		t788 = (((int)t787)||((int)t635));
#ifdef VAR_RANGES
		logval("t788", ((int)t788));
#endif
		;
S_980_0: /* 2 */
		t789 =  !(((int)t788));
#ifdef VAR_RANGES
		logval("t789", ((int)t789));
#endif
		;
S_981_0: /* 2 */
		t790 = (((int)t786)||((int)t789));
#ifdef VAR_RANGES
		logval("t790", ((int)t790));
#endif
		;
S_982_0: /* 2 */
		t791 =  !(((int)t790));
#ifdef VAR_RANGES
		logval("t791", ((int)t791));
#endif
		;
S_983_0: /* 2 */
		t792 =  !(((int)t791));
#ifdef VAR_RANGES
		logval("t792", ((int)t792));
#endif
		;
S_984_0: /* 2 */
		t793 = (((((((((((int)t684)&&((int)t696))&&((int)t708))&&((int)t720))&&((int)t732))&&((int)t744))&&((int)t756))&&((int)t768))&&((int)t780))&&((int)t792));
#ifdef VAR_RANGES
		logval("t793", ((int)t793));
#endif
		;
S_985_0: /* 2 */
		t794 = (((int)t672)&&((int)t793));
#ifdef VAR_RANGES
		logval("t794", ((int)t794));
#endif
		;
S_986_0: /* 2 */
		t795 = (2<=now.outage_for);
#ifdef VAR_RANGES
		logval("t795", ((int)t795));
#endif
		;
S_987_0: /* 2 */
		t796 = (now.outage_for+1);
#ifdef VAR_RANGES
		logval("t796", t796);
#endif
		;
S_988_0: /* 2 */
		t797 = ( (((int)t795)) ? (2) : (t796) );
#ifdef VAR_RANGES
		logval("t797", t797);
#endif
		;
S_989_0: /* 2 */
		t798 = ( (((int)t794)) ? (0) : (t797) );
#ifdef VAR_RANGES
		logval("t798", t798);
#endif
		;
S_990_0: /* 2 */
		t799 = ((((((((((( (((int)t474)) ? (1) : (0) )+( (((int)t493)) ? (1) : (0) ))+( (((int)t512)) ? (1) : (0) ))+( (((int)t531)) ? (1) : (0) ))+( (((int)t550)) ? (1) : (0) ))+( (((int)t569)) ? (1) : (0) ))+( (((int)t588)) ? (1) : (0) ))+( (((int)t607)) ? (1) : (0) ))+( (((int)t626)) ? (1) : (0) ))+( (((int)t634)) ? (1) : (0) ))<=0);
#ifdef VAR_RANGES
		logval("t799", ((int)t799));
#endif
		;
S_991_0: /* 2 */
		t800 = ((( (((int)t321)) ? (1) : (0) )+( (((int)t322)) ? (1) : (0) ))<=0);
#ifdef VAR_RANGES
		logval("t800", ((int)t800));
#endif
		;
S_992_0: /* 2 */
		t801 = (((int)t799)&&((int)t800));
#ifdef VAR_RANGES
		logval("t801", ((int)t801));
#endif
		;
S_993_0: /* 2 */
		t802 = ((int)t801);
#ifdef VAR_RANGES
		logval("t802", ((int)t802));
#endif
		;
S_994_0: /* 2 */
		t803 = t320;
#ifdef VAR_RANGES
		logval("t803", t803);
#endif
		;
S_995_0: /* 2 */
		t804 = ((int)now.faulty[0]);
#ifdef VAR_RANGES
		logval("t804", ((int)t804));
#endif
		;
S_996_0: /* 2 */
		t805 = ((int)now.faulty[1]);
#ifdef VAR_RANGES
		logval("t805", ((int)t805));
#endif
		;
S_997_0: /* 2 */
		t806 = ((int)now.faulty[2]);
#ifdef VAR_RANGES
		logval("t806", ((int)t806));
#endif
		;
S_998_0: /* 2 */
		t807 = now.latency[0];
#ifdef VAR_RANGES
		logval("t807", t807);
#endif
		;
S_999_0: /* 2 */
		t808 = now.latency[1];
#ifdef VAR_RANGES
		logval("t808", t808);
#endif
		;
S_1000_0: /* 2 */
		t809 = now.latency[2];
#ifdef VAR_RANGES
		logval("t809", t809);
#endif
		;
S_1001_0: /* 2 */
		t810 = ((int)t321);
#ifdef VAR_RANGES
		logval("t810", ((int)t810));
#endif
		;
S_1002_0: /* 2 */
		t811 = ((int)t322);
#ifdef VAR_RANGES
		logval("t811", ((int)t811));
#endif
		;
S_1003_0: /* 2 */
		t812 = ((int)t474);
#ifdef VAR_RANGES
		logval("t812", ((int)t812));
#endif
		;
S_1004_0: /* 2 */
		t813 = ((int)t493);
#ifdef VAR_RANGES
		logval("t813", ((int)t813));
#endif
		;
S_1005_0: /* 2 */
		t814 = ((int)t512);
#ifdef VAR_RANGES
		logval("t814", ((int)t814));
#endif
		;
S_1006_0: /* 2 */
		t815 = ((int)t531);
#ifdef VAR_RANGES
		logval("t815", ((int)t815));
#endif
		;
S_1007_0: /* 2 */
		t816 = ((int)t550);
#ifdef VAR_RANGES
		logval("t816", ((int)t816));
#endif
		;
S_1008_0: /* 2 */
		t817 = ((int)t569);
#ifdef VAR_RANGES
		logval("t817", ((int)t817));
#endif
		;
S_1009_0: /* 2 */
		t818 = ((int)t588);
#ifdef VAR_RANGES
		logval("t818", ((int)t818));
#endif
		;
S_1010_0: /* 2 */
		t819 = ((int)t607);
#ifdef VAR_RANGES
		logval("t819", ((int)t819));
#endif
		;
S_1011_0: /* 2 */
		t820 = ((int)t626);
#ifdef VAR_RANGES
		logval("t820", ((int)t820));
#endif
		;
S_1012_0: /* 2 */
		t821 = ((int)t634);
#ifdef VAR_RANGES
		logval("t821", ((int)t821));
#endif
		;
S_1013_0: /* 2 */
		t822 = ((int)now.applied[0]);
#ifdef VAR_RANGES
		logval("t822", ((int)t822));
#endif
		;
S_1014_0: /* 2 */
		t823 = ((int)now.applied[1]);
#ifdef VAR_RANGES
		logval("t823", ((int)t823));
#endif
		;
S_1015_0: /* 2 */
		t824 = ((int)now.applied[2]);
#ifdef VAR_RANGES
		logval("t824", ((int)t824));
#endif
		;
S_1016_0: /* 2 */
		t825 = ((int)now.applied[3]);
#ifdef VAR_RANGES
		logval("t825", ((int)t825));
#endif
		;
S_1017_0: /* 2 */
		t826 = ((int)now.applied[4]);
#ifdef VAR_RANGES
		logval("t826", ((int)t826));
#endif
		;
S_1018_0: /* 2 */
		t827 = ((int)now.applied[5]);
#ifdef VAR_RANGES
		logval("t827", ((int)t827));
#endif
		;
S_1019_0: /* 2 */
		t828 = ((int)now.applied[6]);
#ifdef VAR_RANGES
		logval("t828", ((int)t828));
#endif
		;
S_1020_0: /* 2 */
		t829 = ((int)now.applied[7]);
#ifdef VAR_RANGES
		logval("t829", ((int)t829));
#endif
		;
S_1021_0: /* 2 */
		t830 = ((int)now.applied[8]);
#ifdef VAR_RANGES
		logval("t830", ((int)t830));
#endif
		;
S_1022_0: /* 2 */
		t831 = ((int)now.applied[9]);
#ifdef VAR_RANGES
		logval("t831", ((int)t831));
#endif
		;
S_1023_0: /* 2 */
		t832 = ((int)t486);
#ifdef VAR_RANGES
		logval("t832", ((int)t832));
#endif
		;
S_1024_0: /* 2 */
		t833 = ((int)t505);
#ifdef VAR_RANGES
		logval("t833", ((int)t833));
#endif
		;
S_1025_0: /* 2 */
		t834 = ((int)t524);
#ifdef VAR_RANGES
		logval("t834", ((int)t834));
#endif
		;
S_1026_0: /* 2 */
		t835 = ((int)t543);
#ifdef VAR_RANGES
		logval("t835", ((int)t835));
#endif
		;
S_1027_0: /* 2 */
		t836 = ((int)t562);
#ifdef VAR_RANGES
		logval("t836", ((int)t836));
#endif
		;
S_1028_0: /* 2 */
		t837 = ((int)t581);
#ifdef VAR_RANGES
		logval("t837", ((int)t837));
#endif
		;
S_1029_0: /* 2 */
		t838 = ((int)t600);
#ifdef VAR_RANGES
		logval("t838", ((int)t838));
#endif
		;
S_1030_0: /* 2 */
		t839 = ((int)t619);
#ifdef VAR_RANGES
		logval("t839", ((int)t839));
#endif
		;
S_1031_0: /* 2 */
		t840 = ((int)t627);
#ifdef VAR_RANGES
		logval("t840", ((int)t840));
#endif
		;
S_1032_0: /* 2 */
		t841 = ((int)t635);
#ifdef VAR_RANGES
		logval("t841", ((int)t841));
#endif
		;
S_1033_0: /* 2 */
		t842 = t492;
#ifdef VAR_RANGES
		logval("t842", t842);
#endif
		;
S_1034_0: /* 2 */
		t843 = t511;
#ifdef VAR_RANGES
		logval("t843", t843);
#endif
		;
S_1035_0: /* 2 */
		t844 = t530;
#ifdef VAR_RANGES
		logval("t844", t844);
#endif
		;
S_1036_0: /* 2 */
		t845 = t549;
#ifdef VAR_RANGES
		logval("t845", t845);
#endif
		;
S_1037_0: /* 2 */
		t846 = t568;
#ifdef VAR_RANGES
		logval("t846", t846);
#endif
		;
S_1038_0: /* 2 */
		t847 = t587;
#ifdef VAR_RANGES
		logval("t847", t847);
#endif
		;
S_1039_0: /* 2 */
		t848 = t606;
#ifdef VAR_RANGES
		logval("t848", t848);
#endif
		;
S_1040_0: /* 2 */
		t849 = t625;
#ifdef VAR_RANGES
		logval("t849", t849);
#endif
		;
S_1041_0: /* 2 */
		t850 = t633;
#ifdef VAR_RANGES
		logval("t850", t850);
#endif
		;
S_1042_0: /* 2 */
		t851 = t641;
#ifdef VAR_RANGES
		logval("t851", t851);
#endif
		;
S_1043_0: /* 2 */
		t852 = now.restart_age[0];
#ifdef VAR_RANGES
		logval("t852", t852);
#endif
		;
S_1044_0: /* 2 */
		t853 = now.restart_age[1];
#ifdef VAR_RANGES
		logval("t853", t853);
#endif
		;
S_1045_0: /* 2 */
		t854 = now.restart_age[2];
#ifdef VAR_RANGES
		logval("t854", t854);
#endif
		;
S_1046_0: /* 2 */
		t855 = now.restart_age[3];
#ifdef VAR_RANGES
		logval("t855", t855);
#endif
		;
S_1047_0: /* 2 */
		t856 = now.restart_age[4];
#ifdef VAR_RANGES
		logval("t856", t856);
#endif
		;
S_1048_0: /* 2 */
		t857 = now.restart_age[5];
#ifdef VAR_RANGES
		logval("t857", t857);
#endif
		;
S_1049_0: /* 2 */
		t858 = now.restart_age[6];
#ifdef VAR_RANGES
		logval("t858", t858);
#endif
		;
S_1050_0: /* 2 */
		t859 = now.restart_age[7];
#ifdef VAR_RANGES
		logval("t859", t859);
#endif
		;
S_1051_0: /* 2 */
		t860 = now.restart_age[8];
#ifdef VAR_RANGES
		logval("t860", t860);
#endif
		;
S_1052_0: /* 2 */
		t861 = now.restart_age[9];
#ifdef VAR_RANGES
		logval("t861", t861);
#endif
		;
S_1053_0: /* 2 */
		t862 = now.heard_for[0];
#ifdef VAR_RANGES
		logval("t862", t862);
#endif
		;
S_1054_0: /* 2 */
		t863 = now.heard_for[1];
#ifdef VAR_RANGES
		logval("t863", t863);
#endif
		;
S_1055_0: /* 2 */
		t864 = now.heard_for[2];
#ifdef VAR_RANGES
		logval("t864", t864);
#endif
		;
S_1056_0: /* 2 */
		t865 = now.heard_for[3];
#ifdef VAR_RANGES
		logval("t865", t865);
#endif
		;
S_1057_0: /* 2 */
		t866 = now.heard_for[4];
#ifdef VAR_RANGES
		logval("t866", t866);
#endif
		;
S_1058_0: /* 2 */
		t867 = now.heard_for[5];
#ifdef VAR_RANGES
		logval("t867", t867);
#endif
		;
S_1059_0: /* 2 */
		t868 = now.heard_for[6];
#ifdef VAR_RANGES
		logval("t868", t868);
#endif
		;
S_1060_0: /* 2 */
		t869 = now.heard_for[7];
#ifdef VAR_RANGES
		logval("t869", t869);
#endif
		;
S_1061_0: /* 2 */
		t870 = now.heard_for[8];
#ifdef VAR_RANGES
		logval("t870", t870);
#endif
		;
S_1062_0: /* 2 */
		t871 = now.heard_for[9];
#ifdef VAR_RANGES
		logval("t871", t871);
#endif
		;
S_1063_0: /* 2 */
		t872 = now.applied_for[0];
#ifdef VAR_RANGES
		logval("t872", t872);
#endif
		;
S_1064_0: /* 2 */
		t873 = now.applied_for[1];
#ifdef VAR_RANGES
		logval("t873", t873);
#endif
		;
S_1065_0: /* 2 */
		t874 = now.applied_for[2];
#ifdef VAR_RANGES
		logval("t874", t874);
#endif
		;
S_1066_0: /* 2 */
		t875 = now.applied_for[3];
#ifdef VAR_RANGES
		logval("t875", t875);
#endif
		;
S_1067_0: /* 2 */
		t876 = now.applied_for[4];
#ifdef VAR_RANGES
		logval("t876", t876);
#endif
		;
S_1068_0: /* 2 */
		t877 = now.applied_for[5];
#ifdef VAR_RANGES
		logval("t877", t877);
#endif
		;
S_1069_0: /* 2 */
		t878 = now.applied_for[6];
#ifdef VAR_RANGES
		logval("t878", t878);
#endif
		;
S_1070_0: /* 2 */
		t879 = now.applied_for[7];
#ifdef VAR_RANGES
		logval("t879", t879);
#endif
		;
S_1071_0: /* 2 */
		t880 = now.applied_for[8];
#ifdef VAR_RANGES
		logval("t880", t880);
#endif
		;
S_1072_0: /* 2 */
		t881 = now.applied_for[9];
#ifdef VAR_RANGES
		logval("t881", t881);
#endif
		;
S_1073_0: /* 2 */
		t882 = now.input_age;
#ifdef VAR_RANGES
		logval("t882", t882);
#endif
		;
S_1074_0: /* 2 */
		t883 = ((int)t323);
#ifdef VAR_RANGES
		logval("t883", ((int)t883));
#endif
		;
S_1075_0: /* 2 */
		t884 = ((int)now.backup_looping);
#ifdef VAR_RANGES
		logval("t884", ((int)t884));
#endif
		;
S_1076_0: /* 2 */
		t885 = now.backup_armed_for;
#ifdef VAR_RANGES
		logval("t885", t885);
#endif
		;
S_1077_0: /* 2 */
		t886 = ((int)now.backup_active);
#ifdef VAR_RANGES
		logval("t886", ((int)t886));
#endif
		;
S_1078_0: /* 2 */
		t887 = t798;
#ifdef VAR_RANGES
		logval("t887", t887);
#endif
		;
S_1079_0: /* 2 */
		t888 = t398;
#ifdef VAR_RANGES
		logval("t888", t888);
#endif
		;
S_1080_0: /* 2 */
		t889 = t473;
#ifdef VAR_RANGES
		logval("t889", t889);
#endif
		;
S_1081_0: /* 2 */
		allowed = ((int)t802);
#ifdef VAR_RANGES
		logval("allowed", ((int)allowed));
#endif
		;
S_1172_0: /* 2 */
S_1082_0: /* 2 */
		if (!(((int)allowed)))
			goto S_1172_1;
S_1083_0: /* 2 */
		now.clock = t803;
#ifdef VAR_RANGES
		logval("clock", now.clock);
#endif
		;
S_1084_0: /* 2 */
		now.faulty[0] = ((int)t804);
#ifdef VAR_RANGES
		logval("faulty[0]", ((int)now.faulty[0]));
#endif
		;
S_1085_0: /* 2 */
		now.faulty[1] = ((int)t805);
#ifdef VAR_RANGES
		logval("faulty[1]", ((int)now.faulty[1]));
#endif
		;
S_1086_0: /* 2 */
		now.faulty[2] = ((int)t806);
#ifdef VAR_RANGES
		logval("faulty[2]", ((int)now.faulty[2]));
#endif
		;
S_1087_0: /* 2 */
		now.latency[0] = t807;
#ifdef VAR_RANGES
		logval("latency[0]", now.latency[0]);
#endif
		;
S_1088_0: /* 2 */
		now.latency[1] = t808;
#ifdef VAR_RANGES
		logval("latency[1]", now.latency[1]);
#endif
		;
S_1089_0: /* 2 */
		now.latency[2] = t809;
#ifdef VAR_RANGES
		logval("latency[2]", now.latency[2]);
#endif
		;
S_1090_0: /* 2 */
		now.lost[0] = ((int)t810);
#ifdef VAR_RANGES
		logval("lost[0]", ((int)now.lost[0]));
#endif
		;
S_1091_0: /* 2 */
		now.lost[1] = ((int)t811);
#ifdef VAR_RANGES
		logval("lost[1]", ((int)now.lost[1]));
#endif
		;
S_1092_0: /* 2 */
		now.crashed[0] = ((int)t812);
#ifdef VAR_RANGES
		logval("crashed[0]", ((int)now.crashed[0]));
#endif
		;
S_1093_0: /* 2 */
		now.crashed[1] = ((int)t813);
#ifdef VAR_RANGES
		logval("crashed[1]", ((int)now.crashed[1]));
#endif
		;
S_1094_0: /* 2 */
		now.crashed[2] = ((int)t814);
#ifdef VAR_RANGES
		logval("crashed[2]", ((int)now.crashed[2]));
#endif
		;
S_1095_0: /* 2 */
		now.crashed[3] = ((int)t815);
#ifdef VAR_RANGES
		logval("crashed[3]", ((int)now.crashed[3]));
#endif
		;
S_1096_0: /* 2 */
		now.crashed[4] = ((int)t816);
#ifdef VAR_RANGES
		logval("crashed[4]", ((int)now.crashed[4]));
#endif
		;
S_1097_0: /* 2 */
		now.crashed[5] = ((int)t817);
#ifdef VAR_RANGES
		logval("crashed[5]", ((int)now.crashed[5]));
#endif
		;
S_1098_0: /* 2 */
		now.crashed[6] = ((int)t818);
#ifdef VAR_RANGES
		logval("crashed[6]", ((int)now.crashed[6]));
#endif
		;
S_1099_0: /* 2 */
		now.crashed[7] = ((int)t819);
#ifdef VAR_RANGES
		logval("crashed[7]", ((int)now.crashed[7]));
#endif
		;
S_1100_0: /* 2 */
		now.crashed[8] = ((int)t820);
#ifdef VAR_RANGES
		logval("crashed[8]", ((int)now.crashed[8]));
#endif
		;
S_1101_0: /* 2 */
		now.crashed[9] = ((int)t821);
#ifdef VAR_RANGES
		logval("crashed[9]", ((int)now.crashed[9]));
#endif
		;
S_1102_0: /* 2 */
		now.applied[0] = ((int)t822);
#ifdef VAR_RANGES
		logval("applied[0]", ((int)now.applied[0]));
#endif
		;
S_1103_0: /* 2 */
		now.applied[1] = ((int)t823);
#ifdef VAR_RANGES
		logval("applied[1]", ((int)now.applied[1]));
#endif
		;
S_1104_0: /* 2 */
		now.applied[2] = ((int)t824);
#ifdef VAR_RANGES
		logval("applied[2]", ((int)now.applied[2]));
#endif
		;
S_1105_0: /* 2 */
		now.applied[3] = ((int)t825);
#ifdef VAR_RANGES
		logval("applied[3]", ((int)now.applied[3]));
#endif
		;
S_1106_0: /* 2 */
		now.applied[4] = ((int)t826);
#ifdef VAR_RANGES
		logval("applied[4]", ((int)now.applied[4]));
#endif
		;
S_1107_0: /* 2 */
		now.applied[5] = ((int)t827);
#ifdef VAR_RANGES
		logval("applied[5]", ((int)now.applied[5]));
#endif
		;
S_1108_0: /* 2 */
		now.applied[6] = ((int)t828);
#ifdef VAR_RANGES
		logval("applied[6]", ((int)now.applied[6]));
#endif
		;
S_1109_0: /* 2 */
		now.applied[7] = ((int)t829);
#ifdef VAR_RANGES
		logval("applied[7]", ((int)now.applied[7]));
#endif
		;
S_1110_0: /* 2 */
		now.applied[8] = ((int)t830);
#ifdef VAR_RANGES
		logval("applied[8]", ((int)now.applied[8]));
#endif
		;
S_1111_0: /* 2 */
		now.applied[9] = ((int)t831);
#ifdef VAR_RANGES
		logval("applied[9]", ((int)now.applied[9]));
#endif
		;
S_1112_0: /* 2 */
		now.looping[0] = ((int)t832);
#ifdef VAR_RANGES
		logval("looping[0]", ((int)now.looping[0]));
#endif
		;
S_1113_0: /* 2 */
		now.looping[1] = ((int)t833);
#ifdef VAR_RANGES
		logval("looping[1]", ((int)now.looping[1]));
#endif
		;
S_1114_0: /* 2 */
		now.looping[2] = ((int)t834);
#ifdef VAR_RANGES
		logval("looping[2]", ((int)now.looping[2]));
#endif
		;
S_1115_0: /* 2 */
		now.looping[3] = ((int)t835);
#ifdef VAR_RANGES
		logval("looping[3]", ((int)now.looping[3]));
#endif
		;
S_1116_0: /* 2 */
		now.looping[4] = ((int)t836);
#ifdef VAR_RANGES
		logval("looping[4]", ((int)now.looping[4]));
#endif
		;
S_1117_0: /* 2 */
		now.looping[5] = ((int)t837);
#ifdef VAR_RANGES
		logval("looping[5]", ((int)now.looping[5]));
#endif
		;
S_1118_0: /* 2 */
		now.looping[6] = ((int)t838);
#ifdef VAR_RANGES
		logval("looping[6]", ((int)now.looping[6]));
#endif
		;
S_1119_0: /* 2 */
		now.looping[7] = ((int)t839);
#ifdef VAR_RANGES
		logval("looping[7]", ((int)now.looping[7]));
#endif
		;
S_1120_0: /* 2 */
		now.looping[8] = ((int)t840);
#ifdef VAR_RANGES
		logval("looping[8]", ((int)now.looping[8]));
#endif
		;
S_1121_0: /* 2 */
		now.looping[9] = ((int)t841);
#ifdef VAR_RANGES
		logval("looping[9]", ((int)now.looping[9]));
#endif
		;
S_1122_0: /* 2 */
		now.visible_for[0] = t842;
#ifdef VAR_RANGES
		logval("visible_for[0]", now.visible_for[0]);
#endif
		;
S_1123_0: /* 2 */
		now.visible_for[1] = t843;
#ifdef VAR_RANGES
		logval("visible_for[1]", now.visible_for[1]);
#endif
		;
S_1124_0: /* 2 */
		now.visible_for[2] = t844;
#ifdef VAR_RANGES
		logval("visible_for[2]", now.visible_for[2]);
#endif
		;
S_1125_0: /* 2 */
		now.visible_for[3] = t845;
#ifdef VAR_RANGES
		logval("visible_for[3]", now.visible_for[3]);
#endif
		;
S_1126_0: /* 2 */
		now.visible_for[4] = t846;
#ifdef VAR_RANGES
		logval("visible_for[4]", now.visible_for[4]);
#endif
		;
S_1127_0: /* 2 */
		now.visible_for[5] = t847;
#ifdef VAR_RANGES
		logval("visible_for[5]", now.visible_for[5]);
#endif
		;
S_1128_0: /* 2 */
		now.visible_for[6] = t848;
#ifdef VAR_RANGES
		logval("visible_for[6]", now.visible_for[6]);
#endif
		;
S_1129_0: /* 2 */
		now.visible_for[7] = t849;
#ifdef VAR_RANGES
		logval("visible_for[7]", now.visible_for[7]);
#endif
		;
S_1130_0: /* 2 */
		now.visible_for[8] = t850;
#ifdef VAR_RANGES
		logval("visible_for[8]", now.visible_for[8]);
#endif
		;
S_1131_0: /* 2 */
		now.visible_for[9] = t851;
#ifdef VAR_RANGES
		logval("visible_for[9]", now.visible_for[9]);
#endif
		;
S_1132_0: /* 2 */
		now.restart_age[0] = t852;
#ifdef VAR_RANGES
		logval("restart_age[0]", now.restart_age[0]);
#endif
		;
S_1133_0: /* 2 */
		now.restart_age[1] = t853;
#ifdef VAR_RANGES
		logval("restart_age[1]", now.restart_age[1]);
#endif
		;
S_1134_0: /* 2 */
		now.restart_age[2] = t854;
#ifdef VAR_RANGES
		logval("restart_age[2]", now.restart_age[2]);
#endif
		;
S_1135_0: /* 2 */
		now.restart_age[3] = t855;
#ifdef VAR_RANGES
		logval("restart_age[3]", now.restart_age[3]);
#endif
		;
S_1136_0: /* 2 */
		now.restart_age[4] = t856;
#ifdef VAR_RANGES
		logval("restart_age[4]", now.restart_age[4]);
#endif
		;
S_1137_0: /* 2 */
		now.restart_age[5] = t857;
#ifdef VAR_RANGES
		logval("restart_age[5]", now.restart_age[5]);
#endif
		;
S_1138_0: /* 2 */
		now.restart_age[6] = t858;
#ifdef VAR_RANGES
		logval("restart_age[6]", now.restart_age[6]);
#endif
		;
S_1139_0: /* 2 */
		now.restart_age[7] = t859;
#ifdef VAR_RANGES
		logval("restart_age[7]", now.restart_age[7]);
#endif
		;
S_1140_0: /* 2 */
		now.restart_age[8] = t860;
#ifdef VAR_RANGES
		logval("restart_age[8]", now.restart_age[8]);
#endif
		;
S_1141_0: /* 2 */
		now.restart_age[9] = t861;
#ifdef VAR_RANGES
		logval("restart_age[9]", now.restart_age[9]);
#endif
		;
S_1142_0: /* 2 */
		now.heard_for[0] = t862;
#ifdef VAR_RANGES
		logval("heard_for[0]", now.heard_for[0]);
#endif
		;
S_1143_0: /* 2 */
		now.heard_for[1] = t863;
#ifdef VAR_RANGES
		logval("heard_for[1]", now.heard_for[1]);
#endif
		;
S_1144_0: /* 2 */
		now.heard_for[2] = t864;
#ifdef VAR_RANGES
		logval("heard_for[2]", now.heard_for[2]);
#endif
		;
S_1145_0: /* 2 */
		now.heard_for[3] = t865;
#ifdef VAR_RANGES
		logval("heard_for[3]", now.heard_for[3]);
#endif
		;
S_1146_0: /* 2 */
		now.heard_for[4] = t866;
#ifdef VAR_RANGES
		logval("heard_for[4]", now.heard_for[4]);
#endif
		;
S_1147_0: /* 2 */
		now.heard_for[5] = t867;
#ifdef VAR_RANGES
		logval("heard_for[5]", now.heard_for[5]);
#endif
		;
S_1148_0: /* 2 */
		now.heard_for[6] = t868;
#ifdef VAR_RANGES
		logval("heard_for[6]", now.heard_for[6]);
#endif
		;
S_1149_0: /* 2 */
		now.heard_for[7] = t869;
#ifdef VAR_RANGES
		logval("heard_for[7]", now.heard_for[7]);
#endif
		;
S_1150_0: /* 2 */
		now.heard_for[8] = t870;
#ifdef VAR_RANGES
		logval("heard_for[8]", now.heard_for[8]);
#endif
		;
S_1151_0: /* 2 */
		now.heard_for[9] = t871;
#ifdef VAR_RANGES
		logval("heard_for[9]", now.heard_for[9]);
#endif
		;
S_1152_0: /* 2 */
		now.applied_for[0] = t872;
#ifdef VAR_RANGES
		logval("applied_for[0]", now.applied_for[0]);
#endif
		;
S_1153_0: /* 2 */
		now.applied_for[1] = t873;
#ifdef VAR_RANGES
		logval("applied_for[1]", now.applied_for[1]);
#endif
		;
S_1154_0: /* 2 */
		now.applied_for[2] = t874;
#ifdef VAR_RANGES
		logval("applied_for[2]", now.applied_for[2]);
#endif
		;
S_1155_0: /* 2 */
		now.applied_for[3] = t875;
#ifdef VAR_RANGES
		logval("applied_for[3]", now.applied_for[3]);
#endif
		;
S_1156_0: /* 2 */
		now.applied_for[4] = t876;
#ifdef VAR_RANGES
		logval("applied_for[4]", now.applied_for[4]);
#endif
		;
S_1157_0: /* 2 */
		now.applied_for[5] = t877;
#ifdef VAR_RANGES
		logval("applied_for[5]", now.applied_for[5]);
#endif
		;
S_1158_0: /* 2 */
		now.applied_for[6] = t878;
#ifdef VAR_RANGES
		logval("applied_for[6]", now.applied_for[6]);
#endif
		;
S_1159_0: /* 2 */
		now.applied_for[7] = t879;
#ifdef VAR_RANGES
		logval("applied_for[7]", now.applied_for[7]);
#endif
		;
S_1160_0: /* 2 */
		now.applied_for[8] = t880;
#ifdef VAR_RANGES
		logval("applied_for[8]", now.applied_for[8]);
#endif
		;
S_1161_0: /* 2 */
		now.applied_for[9] = t881;
#ifdef VAR_RANGES
		logval("applied_for[9]", now.applied_for[9]);
#endif
		;
S_1162_0: /* 2 */
		now.input_age = t882;
#ifdef VAR_RANGES
		logval("input_age", now.input_age);
#endif
		;
S_1163_0: /* 2 */
		now.backup_crashed = ((int)t883);
#ifdef VAR_RANGES
		logval("backup_crashed", ((int)now.backup_crashed));
#endif
		;
S_1164_0: /* 2 */
		now.backup_looping = ((int)t884);
#ifdef VAR_RANGES
		logval("backup_looping", ((int)now.backup_looping));
#endif
		;
S_1165_0: /* 2 */
		now.backup_armed_for = t885;
#ifdef VAR_RANGES
		logval("backup_armed_for", now.backup_armed_for);
#endif
		;
S_1166_0: /* 2 */
		now.backup_active = ((int)t886);
#ifdef VAR_RANGES
		logval("backup_active", ((int)now.backup_active));
#endif
		;
S_1167_0: /* 2 */
		now.outage_for = t887;
#ifdef VAR_RANGES
		logval("outage_for", now.outage_for);
#endif
		;
S_1168_0: /* 2 */
		now.batches_done[0] = t888;
#ifdef VAR_RANGES
		logval("batches_done[0]", now.batches_done[0]);
#endif
		;
S_1169_0: /* 2 */
		now.batches_done[1] = t889;
#ifdef VAR_RANGES
		logval("batches_done[1]", now.batches_done[1]);
#endif
		;
		goto S_1173_0;
S_1172_1: /* 3 */
S_1170_0: /* 2 */
		/* else */;
S_1171_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1173_0;
S_1172_2: /* 3 */
		Uerror("blocking sel in d_step (nr.0, near line 2042)");
S_1173_0: /* 2 */
S_1174_0: /* 2 */
		t890 = (2<=now.outage_for);
#ifdef VAR_RANGES
		logval("t890", ((int)t890));
#endif
		;
S_1175_0: /* 2 */
		t891 = ((int)t890);
#ifdef VAR_RANGES
		logval("t891", ((int)t891));
#endif
		;
S_1176_0: /* 2 */
		now.service_failed = ((int)t891);
#ifdef VAR_RANGES
		logval("service_failed", ((int)now.service_failed));
#endif
		;
S_1177_0: /* 2 */
		t892 = (0<=now.restart_age[0]);
#ifdef VAR_RANGES
		logval("t892", ((int)t892));
#endif
		;
S_1178_0: /* 2 */
		t893 = ((int)now.crashed[0]);
#ifdef VAR_RANGES
		logval("t893", ((int)t893));
#endif
		;
S_1179_0: /* 2 */
		spent_crash[0] = ((int)t893);
#ifdef VAR_RANGES
		logval("spent_crash[0]", ((int)spent_crash[0]));
#endif
		;
S_1180_0: /* 2 */
		t894 = ((int)t892);
#ifdef VAR_RANGES
		logval("t894", ((int)t894));
#endif
		;
S_1181_0: /* 2 */
		spent_restart[0] = ((int)t894);
#ifdef VAR_RANGES
		logval("spent_restart[0]", ((int)spent_restart[0]));
#endif
		;
S_1182_0: /* 2 */
		t895 = ((int)now.applied[0]);
#ifdef VAR_RANGES
		logval("t895", ((int)t895));
#endif
		;
S_1183_0: /* 2 */
		spent_apply[0] = ((int)t895);
#ifdef VAR_RANGES
		logval("spent_apply[0]", ((int)spent_apply[0]));
#endif
		;
S_1184_0: /* 2 */
		t896 = (0<=now.restart_age[1]);
#ifdef VAR_RANGES
		logval("t896", ((int)t896));
#endif
		;
S_1185_0: /* 2 */
		t897 = ((int)now.crashed[1]);
#ifdef VAR_RANGES
		logval("t897", ((int)t897));
#endif
		;
S_1186_0: /* 2 */
		spent_crash[1] = ((int)t897);
#ifdef VAR_RANGES
		logval("spent_crash[1]", ((int)spent_crash[1]));
#endif
		;
S_1187_0: /* 2 */
		t898 = ((int)t896);
#ifdef VAR_RANGES
		logval("t898", ((int)t898));
#endif
		;
S_1188_0: /* 2 */
		spent_restart[1] = ((int)t898);
#ifdef VAR_RANGES
		logval("spent_restart[1]", ((int)spent_restart[1]));
#endif
		;
S_1189_0: /* 2 */
		t899 = ((int)now.applied[1]);
#ifdef VAR_RANGES
		logval("t899", ((int)t899));
#endif
		;
S_1190_0: /* 2 */
		spent_apply[1] = ((int)t899);
#ifdef VAR_RANGES
		logval("spent_apply[1]", ((int)spent_apply[1]));
#endif
		;
S_1191_0: /* 2 */
		t900 = (0<=now.restart_age[2]);
#ifdef VAR_RANGES
		logval("t900", ((int)t900));
#endif
		;
S_1192_0: /* 2 */
		t901 = ((int)now.crashed[2]);
#ifdef VAR_RANGES
		logval("t901", ((int)t901));
#endif
		;
S_1193_0: /* 2 */
		spent_crash[2] = ((int)t901);
#ifdef VAR_RANGES
		logval("spent_crash[2]", ((int)spent_crash[2]));
#endif
		;
S_1194_0: /* 2 */
		t902 = ((int)t900);
#ifdef VAR_RANGES
		logval("t902", ((int)t902));
#endif
		;
S_1195_0: /* 2 */
		spent_restart[2] = ((int)t902);
#ifdef VAR_RANGES
		logval("spent_restart[2]", ((int)spent_restart[2]));
#endif
		;
S_1196_0: /* 2 */
		t903 = ((int)now.applied[2]);
#ifdef VAR_RANGES
		logval("t903", ((int)t903));
#endif
		;
S_1197_0: /* 2 */
		spent_apply[2] = ((int)t903);
#ifdef VAR_RANGES
		logval("spent_apply[2]", ((int)spent_apply[2]));
#endif
		;
S_1198_0: /* 2 */
		t904 = (0<=now.restart_age[3]);
#ifdef VAR_RANGES
		logval("t904", ((int)t904));
#endif
		;
S_1199_0: /* 2 */
		t905 = ((int)now.crashed[3]);
#ifdef VAR_RANGES
		logval("t905", ((int)t905));
#endif
		;
S_1200_0: /* 2 */
		spent_crash[3] = ((int)t905);
#ifdef VAR_RANGES
		logval("spent_crash[3]", ((int)spent_crash[3]));
#endif
		;
S_1201_0: /* 2 */
		t906 = ((int)t904);
#ifdef VAR_RANGES
		logval("t906", ((int)t906));
#endif
		;
S_1202_0: /* 2 */
		spent_restart[3] = ((int)t906);
#ifdef VAR_RANGES
		logval("spent_restart[3]", ((int)spent_restart[3]));
#endif
		;
S_1203_0: /* 2 */
		t907 = ((int)now.applied[3]);
#ifdef VAR_RANGES
		logval("t907", ((int)t907));
#endif
		;
S_1204_0: /* 2 */
		spent_apply[3] = ((int)t907);
#ifdef VAR_RANGES
		logval("spent_apply[3]", ((int)spent_apply[3]));
#endif
		;
S_1205_0: /* 2 */
		t908 = (0<=now.restart_age[4]);
#ifdef VAR_RANGES
		logval("t908", ((int)t908));
#endif
		;
S_1206_0: /* 2 */
		t909 = ((int)now.crashed[4]);
#ifdef VAR_RANGES
		logval("t909", ((int)t909));
#endif
		;
S_1207_0: /* 2 */
		spent_crash[4] = ((int)t909);
#ifdef VAR_RANGES
		logval("spent_crash[4]", ((int)spent_crash[4]));
#endif
		;
S_1208_0: /* 2 */
		t910 = ((int)t908);
#ifdef VAR_RANGES
		logval("t910", ((int)t910));
#endif
		;
S_1209_0: /* 2 */
		spent_restart[4] = ((int)t910);
#ifdef VAR_RANGES
		logval("spent_restart[4]", ((int)spent_restart[4]));
#endif
		;
S_1210_0: /* 2 */
		t911 = ((int)now.applied[4]);
#ifdef VAR_RANGES
		logval("t911", ((int)t911));
#endif
		;
S_1211_0: /* 2 */
		spent_apply[4] = ((int)t911);
#ifdef VAR_RANGES
		logval("spent_apply[4]", ((int)spent_apply[4]));
#endif
		;
S_1212_0: /* 2 */
		t912 = (0<=now.restart_age[5]);
#ifdef VAR_RANGES
		logval("t912", ((int)t912));
#endif
		;
S_1213_0: /* 2 */
		t913 = ((int)now.crashed[5]);
#ifdef VAR_RANGES
		logval("t913", ((int)t913));
#endif
		;
S_1214_0: /* 2 */
		spent_crash[5] = ((int)t913);
#ifdef VAR_RANGES
		logval("spent_crash[5]", ((int)spent_crash[5]));
#endif
		;
S_1215_0: /* 2 */
		t914 = ((int)t912);
#ifdef VAR_RANGES
		logval("t914", ((int)t914));
#endif
		;
S_1216_0: /* 2 */
		spent_restart[5] = ((int)t914);
#ifdef VAR_RANGES
		logval("spent_restart[5]", ((int)spent_restart[5]));
#endif
		;
S_1217_0: /* 2 */
		t915 = ((int)now.applied[5]);
#ifdef VAR_RANGES
		logval("t915", ((int)t915));
#endif
		;
S_1218_0: /* 2 */
		spent_apply[5] = ((int)t915);
#ifdef VAR_RANGES
		logval("spent_apply[5]", ((int)spent_apply[5]));
#endif
		;
S_1219_0: /* 2 */
		t916 = (0<=now.restart_age[6]);
#ifdef VAR_RANGES
		logval("t916", ((int)t916));
#endif
		;
S_1220_0: /* 2 */
		t917 = ((int)now.crashed[6]);
#ifdef VAR_RANGES
		logval("t917", ((int)t917));
#endif
		;
S_1221_0: /* 2 */
		spent_crash[6] = ((int)t917);
#ifdef VAR_RANGES
		logval("spent_crash[6]", ((int)spent_crash[6]));
#endif
		;
S_1222_0: /* 2 */
		t918 = ((int)t916);
#ifdef VAR_RANGES
		logval("t918", ((int)t918));
#endif
		;
S_1223_0: /* 2 */
		spent_restart[6] = ((int)t918);
#ifdef VAR_RANGES
		logval("spent_restart[6]", ((int)spent_restart[6]));
#endif
		;
S_1224_0: /* 2 */
		t919 = ((int)now.applied[6]);
#ifdef VAR_RANGES
		logval("t919", ((int)t919));
#endif
		;
S_1225_0: /* 2 */
		spent_apply[6] = ((int)t919);
#ifdef VAR_RANGES
		logval("spent_apply[6]", ((int)spent_apply[6]));
#endif
		;
S_1226_0: /* 2 */
		t920 = (0<=now.restart_age[7]);
#ifdef VAR_RANGES
		logval("t920", ((int)t920));
#endif
		;
S_1227_0: /* 2 */
		t921 = ((int)now.crashed[7]);
#ifdef VAR_RANGES
		logval("t921", ((int)t921));
#endif
		;
S_1228_0: /* 2 */
		spent_crash[7] = ((int)t921);
#ifdef VAR_RANGES
		logval("spent_crash[7]", ((int)spent_crash[7]));
#endif
		;
S_1229_0: /* 2 */
		t922 = ((int)t920);
#ifdef VAR_RANGES
		logval("t922", ((int)t922));
#endif
		;
S_1230_0: /* 2 */
		spent_restart[7] = ((int)t922);
#ifdef VAR_RANGES
		logval("spent_restart[7]", ((int)spent_restart[7]));
#endif
		;
S_1231_0: /* 2 */
		t923 = ((int)now.applied[7]);
#ifdef VAR_RANGES
		logval("t923", ((int)t923));
#endif
		;
S_1232_0: /* 2 */
		spent_apply[7] = ((int)t923);
#ifdef VAR_RANGES
		logval("spent_apply[7]", ((int)spent_apply[7]));
#endif
		;
S_1233_0: /* 2 */
		t924 = (0<=now.restart_age[8]);
#ifdef VAR_RANGES
		logval("t924", ((int)t924));
#endif
		;
S_1234_0: /* 2 */
		t925 = ((int)now.crashed[8]);
#ifdef VAR_RANGES
		logval("t925", ((int)t925));
#endif
		;
S_1235_0: /* 2 */
		spent_crash[8] = ((int)t925);
#ifdef VAR_RANGES
		logval("spent_crash[8]", ((int)spent_crash[8]));
#endif
		;
S_1236_0: /* 2 */
		t926 = ((int)t924);
#ifdef VAR_RANGES
		logval("t926", ((int)t926));
#endif
		;
S_1237_0: /* 2 */
		spent_restart[8] = ((int)t926);
#ifdef VAR_RANGES
		logval("spent_restart[8]", ((int)spent_restart[8]));
#endif
		;
S_1238_0: /* 2 */
		t927 = ((int)now.applied[8]);
#ifdef VAR_RANGES
		logval("t927", ((int)t927));
#endif
		;
S_1239_0: /* 2 */
		spent_apply[8] = ((int)t927);
#ifdef VAR_RANGES
		logval("spent_apply[8]", ((int)spent_apply[8]));
#endif
		;
S_1240_0: /* 2 */
		t928 = (0<=now.restart_age[9]);
#ifdef VAR_RANGES
		logval("t928", ((int)t928));
#endif
		;
S_1241_0: /* 2 */
		t929 = ((int)now.crashed[9]);
#ifdef VAR_RANGES
		logval("t929", ((int)t929));
#endif
		;
S_1242_0: /* 2 */
		spent_crash[9] = ((int)t929);
#ifdef VAR_RANGES
		logval("spent_crash[9]", ((int)spent_crash[9]));
#endif
		;
S_1243_0: /* 2 */
		t930 = ((int)t928);
#ifdef VAR_RANGES
		logval("t930", ((int)t930));
#endif
		;
S_1244_0: /* 2 */
		spent_restart[9] = ((int)t930);
#ifdef VAR_RANGES
		logval("spent_restart[9]", ((int)spent_restart[9]));
#endif
		;
S_1245_0: /* 2 */
		t931 = ((int)now.applied[9]);
#ifdef VAR_RANGES
		logval("t931", ((int)t931));
#endif
		;
S_1246_0: /* 2 */
		spent_apply[9] = ((int)t931);
#ifdef VAR_RANGES
		logval("spent_apply[9]", ((int)spent_apply[9]));
#endif
		;
		goto S_1248_0;
S_1248_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 16: // STATE 1249 - /tmp/u/r.pml:2208 - [assert(!(service_failed))] (0:0:0 - 1)
		IfNotBlocked
		reached[0][1249] = 1;
		spin_assert( !(((int)now.service_failed)), " !(service_failed)", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 17: // STATE 1254 - /tmp/u/r.pml:2211 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[0][1254] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */
	case  _T5:	/* np_ */
		if (!((!(trpt->o_pm&4) && !(trpt->tau&128))))
			continue;
		/* else fall through */
	case  _T2:	/* true */
		_m = 3; goto P999;
#undef rand
	}

