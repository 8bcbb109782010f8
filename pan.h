#ifndef PAN_H
#define PAN_H

#define SpinVersion	"Spin Version 6.5.2 -- 6 December 2019"
#define PanSource	"/tmp/u/r.pml"

#define G_long	8
#define G_int	4

#define ulong	unsigned long
#define ushort	unsigned short
#ifdef WIN64
	#define ONE_L	(1L)
/*	#define long	long long */
#else
	#define ONE_L	(1L)
#endif

#ifdef BFS_PAR
	#define NRUNS	0
	#ifndef BFS
		#define BFS
	#endif
	#ifndef PUTPID
		#define PUTPID
	#endif

	#if !defined(USE_TDH) && !defined(NO_TDH)
		#define USE_TDH
	#endif
	#if defined(USE_TDH) && !defined(NO_HC)
		#define HC /* default for USE_TDH */
	#endif
	#ifndef BFS_MAXPROCS
		#define BFS_MAXPROCS	64	/* max nr of cores to use */
	#endif
	#define BFS_GLOB	0	/* global lock */
	#define BFS_ORD		1	/* used with -DCOLLAPSE */
	#define BFS_MEM		2	/* malloc from shared heap */
	#define BFS_PRINT	3	/* protect printfs */
	#define BFS_STATE	4	/* hashtable */

	#define BFS_INQ 	2	/* state is in q */

	#ifdef BFS_FIFO
	  #define BFS_ID(a,b)	(BFS_STATE + (int) ((a)*BFS_MAXPROCS+(b)))
	  #define BFS_MAXLOCKS	(BFS_STATE + (BFS_MAXPROCS*BFS_MAXPROCS))
	#else
	  #ifndef BFS_W
		#define BFS_W	10
	  #endif
	  #define BFS_MASK	((1<<BFS_W) - 1)
	  #define BFS_ID	(BFS_STATE + (int) (j1_spin & (BFS_MASK)))
	  #define BFS_MAXLOCKS	(BFS_STATE + (1<<BFS_W))
	#endif
	#undef NCORE
	extern int Cores, who_am_i;
	#ifndef SAFETY
	  #if !defined(BFS_STAGGER) && !defined(BFS_DISK)
		#define BFS_STAGGER	64 /* randomizer, was 16 */
	  #endif
	  #ifndef L_BOUND
		#define L_BOUND 	10 /* default */
	  #endif
	  extern int L_bound;
	#endif
	#if defined(BFS_DISK) && defined(BFS_STAGGER)
		#error BFS_DISK and BFS_STAGGER are not compatible
	#endif
#endif

#if defined(BFS)
	#ifndef SAFETY
		#define SAFETY
	#endif
	#ifndef XUSAFE
		#define XUSAFE
	#endif
#endif
#ifndef uchar
	#define uchar	unsigned char
#endif
#ifndef uint
	#define uint	unsigned int
#endif
#define DELTA	500
#ifdef MA
	#if NCORE>1 && !defined(SEP_STATE)
		#define SEP_STATE
	#endif
	#if MA==1
		#undef MA
		#define MA	100
	#endif
#endif
#ifdef W_XPT
	#if W_XPT==1
		#undef W_XPT
		#define W_XPT 1000000
	#endif
#endif
#ifndef NFAIR
	#define NFAIR	2	/* must be >= 2 */
#endif
#define HAS_HIDDEN	933
#if defined(BFS_PAR) || defined(BFS)
	#error cannot use BFS on models with variables declared hidden
#endif
#define HAS_CODE	1
#if defined(RANDSTORE) && !defined(RANDSTOR)
	#define RANDSTOR	RANDSTORE
#endif
#define MERGED	1
#if !defined(HAS_LAST) && defined(BCS)
	#define HAS_LAST	1 /* use it, but */
	#ifndef STORE_LAST
		#define NO_LAST	1 /* don't store it */
	#endif
#endif
#if defined(BCS) && defined(BITSTATE)
	#ifndef NO_CTX
		#define STORE_CTX	1
	#endif
#endif
#ifdef NP
	#define HAS_NP	2
	#define VERI	1	/* np_ */
#endif
#if defined(NOCLAIM) && defined(NP)
	#undef NOCLAIM
#endif

typedef struct S_F_MAP {
	char *fnm;
	int from;
	int upto;
} S_F_MAP;

#define _nstates0	1255	/* :init: */
#define minseq0	0
#define maxseq0	1253
#define _endstate0	1254

extern short src_ln0[];
extern S_F_MAP src_file0[];

#define T_ID	unsigned short
#define _T5	18
#define _T2	19
#define WS		8 /* word size in bytes */
#define SYNC	0
#define ASYNC	0

#ifndef NCORE
	#ifdef DUAL_CORE
		#define NCORE	2
	#elif QUAD_CORE
		#define NCORE	4
	#else
		#define NCORE	1
	#endif
#endif

#define Pinit	((P0 *)_this)
typedef struct P0 { /* :init: */
	unsigned _pid : 8;  /* 0..255 */
	unsigned _t   : 2; /* proctype */
	unsigned _p   : 12; /* state    */
#ifdef HAS_PRIORITY
	unsigned _priority : 8; /* 0..255 */
#endif
} P0;
#define Air0	(sizeof(P0) - 3)

typedef struct P1 { /* np_ */
	unsigned _pid : 8;  /* 0..255 */
	unsigned _t   : 2; /* proctype */
	unsigned _p   : 12; /* state    */
#ifdef HAS_PRIORITY
	unsigned _priority : 8; /* 0..255 */
#endif
} P1;
#define Air1	(sizeof(P1) - 3)

#define Pclaim	P0
#ifndef NCLAIMS
	#define NCLAIMS 1
#endif
#if defined(BFS) && defined(REACH)
	#undef REACH
#endif
#ifdef VERI
	#define BASE	1
#else
	#define BASE	0
#endif
typedef struct Trans {
	short atom;	/* if &2 = atomic trans; if &8 local */
#ifdef HAS_UNLESS
	short escp[HAS_UNLESS];	/* lists the escape states */
	short e_trans;	/* if set, this is an escp-trans */
#endif
	short tpe[2];	/* class of operation (for reduction) */
	short qu[6];	/* for conditional selections: qid's  */
	uchar ty[6];	/* ditto: type's */
#ifdef NIBIS
	short om;	/* completion status of preselects */
#endif
	char *tp;	/* src txt of statement */
	int st;		/* the nextstate */
	int t_id;	/* transition id, unique within proc */
	int forw;	/* index forward transition */
	int back;	/* index return  transition */
	struct Trans *nxt;
} Trans;

#ifdef TRIX
	#define qptr(x)	(channels[x]->body)
	#define pptr(x)	(processes[x]->body)
#else
	#define qptr(x)	(((uchar *)&now)+(int)q_offset[x])
	#define pptr(x)	(((uchar *)&now)+(int)proc_offset[x])
#endif
extern uchar *Pptr(int);
extern uchar *Qptr(int);
#define q_sz(x)	(((Q0 *)qptr(x))->Qlen)

#ifdef TRIX
	#ifdef VECTORSZ
		#undef VECTORSZ
	#endif
	#if WS==4
		#define VECTORSZ	2056	/* ((MAXPROC+MAXQ+4)*sizeof(uchar *)) */
	#else
		#define VECTORSZ	4112	/* the formula causes probs in preprocessing */
	#endif
#else
	#ifndef VECTORSZ
		#define VECTORSZ	1024	/* sv size in bytes */
	#endif
#endif

#define MAXQ   	255
#define MAXPROC	255

#ifdef VERBOSE
	#ifndef CHECK
		#define CHECK
	#endif
	#ifndef DEBUG
		#define DEBUG
	#endif
#endif
#ifdef SAFETY
	#ifndef NOFAIR
		#define NOFAIR
	#endif
#endif
#ifdef NOREDUCE
	#ifndef XUSAFE
		#define XUSAFE
	#endif
	#if !defined(SAFETY) && !defined(MA)
		#define FULLSTACK
	#endif
#else
	#ifdef BITSTATE
		#if defined(SAFETY) && WS<=4
			#define CNTRSTACK
		#else
			#define FULLSTACK
		#endif
	#else
		#define FULLSTACK
	#endif
#endif
#ifdef BITSTATE
	#ifndef NOCOMP
		#define NOCOMP
	#endif
	#if !defined(LC) && defined(SC)
		#define LC
	#endif
#endif
#if defined(COLLAPSE2) || defined(COLLAPSE3) || defined(COLLAPSE4)
	/* accept the above for backward compatibility */
	#define COLLAPSE
#endif
#ifdef HC
	#undef HC
	#define HC4
#endif
#if defined(HC0) || defined(HC1) || defined(HC2) || defined(HC3) || defined(HC4)
	#define HC	4
#endif

typedef struct _Stack  {	 /* for queues and processes */
#if VECTORSZ>32000
	int o_delta;
	#ifndef TRIX
		int o_offset;
		int o_skip;
	#endif
	int o_delqs;
#else
	short o_delta;
	#ifndef TRIX
		short o_offset;
		short o_skip;
	#endif
	short o_delqs;
#endif
	short o_boq;
#ifdef TRIX
	short parent;
	char *b_ptr;
#else
	char *body;
#endif
#ifndef XUSAFE
	char *o_name;
#endif
	struct _Stack *nxt;
	struct _Stack *lst;
} _Stack;

typedef struct Svtack { /* for complete state vector */
#if VECTORSZ>32000
	int o_delta;
	int m_delta;
#else
	short o_delta;	 /* current size of frame */
	short m_delta;	 /* maximum size of frame */
#endif
#if SYNC
	short o_boq;
#endif
#define StackSize	(WS)
	char *body;
	struct Svtack *nxt;
	struct Svtack *lst;
} Svtack;

typedef struct State {
	uchar _nr_pr;
	uchar _nr_qs;
	uchar   _a_t;	/* cycle detection */
#ifndef NOFAIR
	uchar   _cnt[NFAIR];	/* counters, weak fairness */
#endif
#ifndef NOVSZ
#if VECTORSZ<65536
	unsigned short _vsz;
#else
	ulong  _vsz;
#endif
#endif
#ifdef HAS_LAST
	uchar  _last;	/* pid executed in last step */
#endif
#if defined(BITSTATE) && defined(BCS) && defined(STORE_CTX)
	uchar  _ctx;	/* nr of context switches so far */
#endif
#if defined(BFS_PAR) && defined(L_BOUND)
	uchar  _l_bnd;	/* bounded liveness */
	uchar *_l_sds;	/* seed state */
#endif
#ifdef EVENT_TRACE
	#if nstates_event<256
		uchar _event;
	#else
		unsigned short _event;
	#endif
#endif
	uchar faulty[3];
	uchar lost[2];
	uchar crashed[10];
	uchar applied[10];
	uchar looping[10];
	unsigned backup_crashed : 1;
	unsigned backup_looping : 1;
	unsigned backup_active : 1;
	uchar move_crash[10];
	unsigned move_crash_backup : 1;
	uchar move_lose[2];
	unsigned service_failed : 1;
	int clock;
	int latency[3];
	int visible_for[10];
	int restart_age[10];
	int heard_for[10];
	int applied_for[10];
	int input_age;
	int backup_armed_for;
	int outage_for;
	int batches_done[2];
#ifdef TRIX
	/* room for 512 proc+chan ptrs, + safety margin */
	char *_ids_[MAXPROC+MAXQ+4];
#else
	uchar sv[VECTORSZ];
#endif
} State;

#ifdef TRIX
typedef struct TRIX_v6 {
	uchar *body; /* aligned */
#ifndef BFS
	short modified;
#endif
	short psize;
	short parent_pid;
	struct TRIX_v6 *nxt;
} TRIX_v6;
#endif

#define HAS_TRACK	0
/* hidden variable: */	uchar move_restart[10];
/* hidden variable: */	uchar move_apply[10];
/* hidden variable: */	uchar move_bad_input;
/* hidden variable: */	uchar spent_crash[10];
/* hidden variable: */	uchar spent_restart[10];
/* hidden variable: */	uchar spent_apply[10];
/* hidden variable: */	uchar allowed;
/* hidden variable: */	uchar t0;
/* hidden variable: */	uchar t1;
/* hidden variable: */	uchar t2;
/* hidden variable: */	uchar t3;
/* hidden variable: */	uchar t4;
/* hidden variable: */	uchar t5;
/* hidden variable: */	uchar t6;
/* hidden variable: */	uchar t7;
/* hidden variable: */	uchar t8;
/* hidden variable: */	uchar t9;
/* hidden variable: */	uchar t10;
/* hidden variable: */	uchar t11;
/* hidden variable: */	uchar t12;
/* hidden variable: */	uchar t13;
/* hidden variable: */	uchar t14;
/* hidden variable: */	uchar t15;
/* hidden variable: */	uchar t16;
/* hidden variable: */	uchar t20;
/* hidden variable: */	uchar t21;
/* hidden variable: */	uchar t22;
/* hidden variable: */	uchar t26;
/* hidden variable: */	uchar t27;
/* hidden variable: */	uchar t28;
/* hidden variable: */	uchar t32;
/* hidden variable: */	uchar t33;
/* hidden variable: */	uchar t34;
/* hidden variable: */	uchar t38;
/* hidden variable: */	uchar t39;
/* hidden variable: */	uchar t40;
/* hidden variable: */	uchar t44;
/* hidden variable: */	uchar t45;
/* hidden variable: */	uchar t46;
/* hidden variable: */	uchar t50;
/* hidden variable: */	uchar t51;
/* hidden variable: */	uchar t52;
/* hidden variable: */	uchar t56;
/* hidden variable: */	uchar t57;
/* hidden variable: */	uchar t58;
/* hidden variable: */	uchar t62;
/* hidden variable: */	uchar t63;
/* hidden variable: */	uchar t64;
/* hidden variable: */	uchar t68;
/* hidden variable: */	uchar t69;
/* hidden variable: */	uchar t70;
/* hidden variable: */	uchar t74;
/* hidden variable: */	uchar t75;
/* hidden variable: */	uchar t76;
/* hidden variable: */	uchar t77;
/* hidden variable: */	uchar t78;
/* hidden variable: */	uchar t79;
/* hidden variable: */	uchar t80;
/* hidden variable: */	uchar t81;
/* hidden variable: */	uchar t82;
/* hidden variable: */	uchar t83;
/* hidden variable: */	uchar t84;
/* hidden variable: */	uchar t85;
/* hidden variable: */	uchar t86;
/* hidden variable: */	uchar t87;
/* hidden variable: */	uchar t88;
/* hidden variable: */	uchar t89;
/* hidden variable: */	uchar t90;
/* hidden variable: */	uchar t91;
/* hidden variable: */	uchar t92;
/* hidden variable: */	uchar t93;
/* hidden variable: */	uchar t94;
/* hidden variable: */	uchar t95;
/* hidden variable: */	uchar t96;
/* hidden variable: */	uchar t97;
/* hidden variable: */	uchar t98;
/* hidden variable: */	uchar t99;
/* hidden variable: */	uchar t100;
/* hidden variable: */	uchar t101;
/* hidden variable: */	uchar t102;
/* hidden variable: */	uchar t103;
/* hidden variable: */	uchar t104;
/* hidden variable: */	uchar t105;
/* hidden variable: */	uchar t106;
/* hidden variable: */	uchar t107;
/* hidden variable: */	uchar t108;
/* hidden variable: */	uchar t109;
/* hidden variable: */	uchar t110;
/* hidden variable: */	uchar t111;
/* hidden variable: */	uchar t112;
/* hidden variable: */	uchar t113;
/* hidden variable: */	uchar t114;
/* hidden variable: */	uchar t115;
/* hidden variable: */	uchar t116;
/* hidden variable: */	uchar t117;
/* hidden variable: */	uchar t118;
/* hidden variable: */	uchar t119;
/* hidden variable: */	uchar t120;
/* hidden variable: */	uchar t121;
/* hidden variable: */	uchar t122;
/* hidden variable: */	uchar t123;
/* hidden variable: */	uchar t124;
/* hidden variable: */	uchar t125;
/* hidden variable: */	uchar t126;
/* hidden variable: */	uchar t127;
/* hidden variable: */	uchar t128;
/* hidden variable: */	uchar t129;
/* hidden variable: */	uchar t130;
/* hidden variable: */	uchar t131;
/* hidden variable: */	uchar t132;
/* hidden variable: */	uchar t133;
/* hidden variable: */	uchar t134;
/* hidden variable: */	uchar t135;
/* hidden variable: */	uchar t136;
/* hidden variable: */	uchar t137;
/* hidden variable: */	uchar t138;
/* hidden variable: */	uchar t139;
/* hidden variable: */	uchar t140;
/* hidden variable: */	uchar t141;
/* hidden variable: */	uchar t142;
/* hidden variable: */	uchar t143;
/* hidden variable: */	uchar t144;
/* hidden variable: */	uchar t145;
/* hidden variable: */	uchar t146;
/* hidden variable: */	uchar t147;
/* hidden variable: */	uchar t148;
/* hidden variable: */	uchar t149;
/* hidden variable: */	uchar t150;
/* hidden variable: */	uchar t151;
/* hidden variable: */	uchar t152;
/* hidden variable: */	uchar t153;
/* hidden variable: */	uchar t154;
/* hidden variable: */	uchar t155;
/* hidden variable: */	uchar t156;
/* hidden variable: */	uchar t157;
/* hidden variable: */	uchar t158;
/* hidden variable: */	uchar t159;
/* hidden variable: */	uchar t160;
/* hidden variable: */	uchar t161;
/* hidden variable: */	uchar t162;
/* hidden variable: */	uchar t163;
/* hidden variable: */	uchar t164;
/* hidden variable: */	uchar t165;
/* hidden variable: */	uchar t166;
/* hidden variable: */	uchar t167;
/* hidden variable: */	uchar t168;
/* hidden variable: */	uchar t169;
/* hidden variable: */	uchar t170;
/* hidden variable: */	uchar t171;
/* hidden variable: */	uchar t172;
/* hidden variable: */	uchar t173;
/* hidden variable: */	uchar t174;
/* hidden variable: */	uchar t175;
/* hidden variable: */	uchar t176;
/* hidden variable: */	uchar t177;
/* hidden variable: */	uchar t178;
/* hidden variable: */	uchar t179;
/* hidden variable: */	uchar t180;
/* hidden variable: */	uchar t181;
/* hidden variable: */	uchar t182;
/* hidden variable: */	uchar t183;
/* hidden variable: */	uchar t184;
/* hidden variable: */	uchar t185;
/* hidden variable: */	uchar t186;
/* hidden variable: */	uchar t187;
/* hidden variable: */	uchar t188;
/* hidden variable: */	uchar t189;
/* hidden variable: */	uchar t190;
/* hidden variable: */	uchar t191;
/* hidden variable: */	uchar t192;
/* hidden variable: */	uchar t193;
/* hidden variable: */	uchar t194;
/* hidden variable: */	uchar t195;
/* hidden variable: */	uchar t196;
/* hidden variable: */	uchar t197;
/* hidden variable: */	uchar t198;
/* hidden variable: */	uchar t199;
/* hidden variable: */	uchar t200;
/* hidden variable: */	uchar t201;
/* hidden variable: */	uchar t202;
/* hidden variable: */	uchar t203;
/* hidden variable: */	uchar t204;
/* hidden variable: */	uchar t205;
/* hidden variable: */	uchar t206;
/* hidden variable: */	uchar t207;
/* hidden variable: */	uchar t208;
/* hidden variable: */	uchar t209;
/* hidden variable: */	uchar t210;
/* hidden variable: */	uchar t211;
/* hidden variable: */	uchar t212;
/* hidden variable: */	uchar t213;
/* hidden variable: */	uchar t214;
/* hidden variable: */	uchar t215;
/* hidden variable: */	uchar t216;
/* hidden variable: */	uchar t217;
/* hidden variable: */	uchar t218;
/* hidden variable: */	uchar t219;
/* hidden variable: */	uchar t220;
/* hidden variable: */	uchar t221;
/* hidden variable: */	uchar t222;
/* hidden variable: */	uchar t223;
/* hidden variable: */	uchar t224;
/* hidden variable: */	uchar t225;
/* hidden variable: */	uchar t226;
/* hidden variable: */	uchar t227;
/* hidden variable: */	uchar t232;
/* hidden variable: */	uchar t233;
/* hidden variable: */	uchar t234;
/* hidden variable: */	uchar t238;
/* hidden variable: */	uchar t239;
/* hidden variable: */	uchar t240;
/* hidden variable: */	uchar t241;
/* hidden variable: */	uchar t242;
/* hidden variable: */	uchar t243;
/* hidden variable: */	uchar t244;
/* hidden variable: */	uchar t245;
/* hidden variable: */	uchar t246;
/* hidden variable: */	uchar t247;
/* hidden variable: */	uchar t248;
/* hidden variable: */	uchar t249;
/* hidden variable: */	uchar t250;
/* hidden variable: */	uchar t251;
/* hidden variable: */	uchar t252;
/* hidden variable: */	uchar t253;
/* hidden variable: */	uchar t254;
/* hidden variable: */	uchar t255;
/* hidden variable: */	uchar t256;
/* hidden variable: */	uchar t257;
/* hidden variable: */	uchar t258;
/* hidden variable: */	uchar t259;
/* hidden variable: */	uchar t260;
/* hidden variable: */	uchar t261;
/* hidden variable: */	uchar t262;
/* hidden variable: */	uchar t263;
/* hidden variable: */	uchar t264;
/* hidden variable: */	uchar t265;
/* hidden variable: */	uchar t266;
/* hidden variable: */	uchar t267;
/* hidden variable: */	uchar t268;
/* hidden variable: */	uchar t269;
/* hidden variable: */	uchar t311;
/* hidden variable: */	uchar t312;
/* hidden variable: */	uchar t314;
/* hidden variable: */	uchar t318;
/* hidden variable: */	uchar t321;
/* hidden variable: */	uchar t322;
/* hidden variable: */	uchar t323;
/* hidden variable: */	uchar t324;
/* hidden variable: */	uchar t327;
/* hidden variable: */	uchar t328;
/* hidden variable: */	uchar t329;
/* hidden variable: */	uchar t330;
/* hidden variable: */	uchar t331;
/* hidden variable: */	uchar t332;
/* hidden variable: */	uchar t333;
/* hidden variable: */	uchar t334;
/* hidden variable: */	uchar t335;
/* hidden variable: */	uchar t336;
/* hidden variable: */	uchar t337;
/* hidden variable: */	uchar t338;
/* hidden variable: */	uchar t339;
/* hidden variable: */	uchar t340;
/* hidden variable: */	uchar t341;
/* hidden variable: */	uchar t342;
/* hidden variable: */	uchar t343;
/* hidden variable: */	uchar t344;
/* hidden variable: */	uchar t345;
/* hidden variable: */	uchar t346;
/* hidden variable: */	uchar t347;
/* hidden variable: */	uchar t348;
/* hidden variable: */	uchar t349;
/* hidden variable: */	uchar t350;
/* hidden variable: */	uchar t351;
/* hidden variable: */	uchar t352;
/* hidden variable: */	uchar t353;
/* hidden variable: */	uchar t354;
/* hidden variable: */	uchar t355;
/* hidden variable: */	uchar t356;
/* hidden variable: */	uchar t357;
/* hidden variable: */	uchar t358;
/* hidden variable: */	uchar t359;
/* hidden variable: */	uchar t360;
/* hidden variable: */	uchar t361;
/* hidden variable: */	uchar t362;
/* hidden variable: */	uchar t363;
/* hidden variable: */	uchar t364;
/* hidden variable: */	uchar t365;
/* hidden variable: */	uchar t366;
/* hidden variable: */	uchar t367;
/* hidden variable: */	uchar t368;
/* hidden variable: */	uchar t369;
/* hidden variable: */	uchar t370;
/* hidden variable: */	uchar t371;
/* hidden variable: */	uchar t372;
/* hidden variable: */	uchar t373;
/* hidden variable: */	uchar t374;
/* hidden variable: */	uchar t375;
/* hidden variable: */	uchar t376;
/* hidden variable: */	uchar t377;
/* hidden variable: */	uchar t378;
/* hidden variable: */	uchar t379;
/* hidden variable: */	uchar t380;
/* hidden variable: */	uchar t381;
/* hidden variable: */	uchar t382;
/* hidden variable: */	uchar t383;
/* hidden variable: */	uchar t384;
/* hidden variable: */	uchar t385;
/* hidden variable: */	uchar t386;
/* hidden variable: */	uchar t387;
/* hidden variable: */	uchar t388;
/* hidden variable: */	uchar t389;
/* hidden variable: */	uchar t390;
/* hidden variable: */	uchar t391;
/* hidden variable: */	uchar t392;
/* hidden variable: */	uchar t393;
/* hidden variable: */	uchar t394;
/* hidden variable: */	uchar t395;
/* hidden variable: */	uchar t396;
/* hidden variable: */	uchar t399;
/* hidden variable: */	uchar t402;
/* hidden variable: */	uchar t403;
/* hidden variable: */	uchar t404;
/* hidden variable: */	uchar t405;
/* hidden variable: */	uchar t406;
/* hidden variable: */	uchar t407;
/* hidden variable: */	uchar t408;
/* hidden variable: */	uchar t409;
/* hidden variable: */	uchar t410;
/* hidden variable: */	uchar t411;
/* hidden variable: */	uchar t412;
/* hidden variable: */	uchar t413;
/* hidden variable: */	uchar t414;
/* hidden variable: */	uchar t415;
/* hidden variable: */	uchar t416;
/* hidden variable: */	uchar t417;
/* hidden variable: */	uchar t418;
/* hidden variable: */	uchar t419;
/* hidden variable: */	uchar t420;
/* hidden variable: */	uchar t421;
/* hidden variable: */	uchar t422;
/* hidden variable: */	uchar t423;
/* hidden variable: */	uchar t424;
/* hidden variable: */	uchar t425;
/* hidden variable: */	uchar t426;
/* hidden variable: */	uchar t427;
/* hidden variable: */	uchar t428;
/* hidden variable: */	uchar t429;
/* hidden variable: */	uchar t430;
/* hidden variable: */	uchar t431;
/* hidden variable: */	uchar t432;
/* hidden variable: */	uchar t433;
/* hidden variable: */	uchar t434;
/* hidden variable: */	uchar t435;
/* hidden variable: */	uchar t436;
/* hidden variable: */	uchar t437;
/* hidden variable: */	uchar t438;
/* hidden variable: */	uchar t439;
/* hidden variable: */	uchar t440;
/* hidden variable: */	uchar t441;
/* hidden variable: */	uchar t442;
/* hidden variable: */	uchar t443;
/* hidden variable: */	uchar t444;
/* hidden variable: */	uchar t445;
/* hidden variable: */	uchar t446;
/* hidden variable: */	uchar t447;
/* hidden variable: */	uchar t448;
/* hidden variable: */	uchar t449;
/* hidden variable: */	uchar t450;
/* hidden variable: */	uchar t451;
/* hidden variable: */	uchar t452;
/* hidden variable: */	uchar t453;
/* hidden variable: */	uchar t454;
/* hidden variable: */	uchar t455;
/* hidden variable: */	uchar t456;
/* hidden variable: */	uchar t457;
/* hidden variable: */	uchar t458;
/* hidden variable: */	uchar t459;
/* hidden variable: */	uchar t460;
/* hidden variable: */	uchar t461;
/* hidden variable: */	uchar t462;
/* hidden variable: */	uchar t463;
/* hidden variable: */	uchar t464;
/* hidden variable: */	uchar t465;
/* hidden variable: */	uchar t466;
/* hidden variable: */	uchar t467;
/* hidden variable: */	uchar t468;
/* hidden variable: */	uchar t469;
/* hidden variable: */	uchar t470;
/* hidden variable: */	uchar t471;
/* hidden variable: */	uchar t474;
/* hidden variable: */	uchar t475;
/* hidden variable: */	uchar t477;
/* hidden variable: */	uchar t478;
/* hidden variable: */	uchar t479;
/* hidden variable: */	uchar t480;
/* hidden variable: */	uchar t482;
/* hidden variable: */	uchar t483;
/* hidden variable: */	uchar t484;
/* hidden variable: */	uchar t485;
/* hidden variable: */	uchar t486;
/* hidden variable: */	uchar t487;
/* hidden variable: */	uchar t488;
/* hidden variable: */	uchar t489;
/* hidden variable: */	uchar t493;
/* hidden variable: */	uchar t494;
/* hidden variable: */	uchar t496;
/* hidden variable: */	uchar t497;
/* hidden variable: */	uchar t498;
/* hidden variable: */	uchar t499;
/* hidden variable: */	uchar t501;
/* hidden variable: */	uchar t502;
/* hidden variable: */	uchar t503;
/* hidden variable: */	uchar t504;
/* hidden variable: */	uchar t505;
/* hidden variable: */	uchar t506;
/* hidden variable: */	uchar t507;
/* hidden variable: */	uchar t508;
/* hidden variable: */	uchar t512;
/* hidden variable: */	uchar t513;
/* hidden variable: */	uchar t515;
/* hidden variable: */	uchar t516;
/* hidden variable: */	uchar t517;
/* hidden variable: */	uchar t518;
/* hidden variable: */	uchar t520;
/* hidden variable: */	uchar t521;
/* hidden variable: */	uchar t522;
/* hidden variable: */	uchar t523;
/* hidden variable: */	uchar t524;
/* hidden variable: */	uchar t525;
/* hidden variable: */	uchar t526;
/* hidden variable: */	uchar t527;
/* hidden variable: */	uchar t531;
/* hidden variable: */	uchar t532;
/* hidden variable: */	uchar t534;
/* hidden variable: */	uchar t535;
/* hidden variable: */	uchar t536;
/* hidden variable: */	uchar t537;
/* hidden variable: */	uchar t539;
/* hidden variable: */	uchar t540;
/* hidden variable: */	uchar t541;
/* hidden variable: */	uchar t542;
/* hidden variable: */	uchar t543;
/* hidden variable: */	uchar t544;
/* hidden variable: */	uchar t545;
/* hidden variable: */	uchar t546;
/* hidden variable: */	uchar t550;
/* hidden variable: */	uchar t551;
/* hidden variable: */	uchar t553;
/* hidden variable: */	uchar t554;
/* hidden variable: */	uchar t555;
/* hidden variable: */	uchar t556;
/* hidden variable: */	uchar t558;
/* hidden variable: */	uchar t559;
/* hidden variable: */	uchar t560;
/* hidden variable: */	uchar t561;
/* hidden variable: */	uchar t562;
/* hidden variable: */	uchar t563;
/* hidden variable: */	uchar t564;
/* hidden variable: */	uchar t565;
/* hidden variable: */	uchar t569;
/* hidden variable: */	uchar t570;
/* hidden variable: */	uchar t572;
/* hidden variable: */	uchar t573;
/* hidden variable: */	uchar t574;
/* hidden variable: */	uchar t575;
/* hidden variable: */	uchar t577;
/* hidden variable: */	uchar t578;
/* hidden variable: */	uchar t579;
/* hidden variable: */	uchar t580;
/* hidden variable: */	uchar t581;
/* hidden variable: */	uchar t582;
/* hidden variable: */	uchar t583;
/* hidden variable: */	uchar t584;
/* hidden variable: */	uchar t588;
/* hidden variable: */	uchar t589;
/* hidden variable: */	uchar t591;
/* hidden variable: */	uchar t592;
/* hidden variable: */	uchar t593;
/* hidden variable: */	uchar t594;
/* hidden variable: */	uchar t596;
/* hidden variable: */	uchar t597;
/* hidden variable: */	uchar t598;
/* hidden variable: */	uchar t599;
/* hidden variable: */	uchar t600;
/* hidden variable: */	uchar t601;
/* hidden variable: */	uchar t602;
/* hidden variable: */	uchar t603;
/* hidden variable: */	uchar t607;
/* hidden variable: */	uchar t608;
/* hidden variable: */	uchar t610;
/* hidden variable: */	uchar t611;
/* hidden variable: */	uchar t612;
/* hidden variable: */	uchar t613;
/* hidden variable: */	uchar t615;
/* hidden variable: */	uchar t616;
/* hidden variable: */	uchar t617;
/* hidden variable: */	uchar t618;
/* hidden variable: */	uchar t619;
/* hidden variable: */	uchar t620;
/* hidden variable: */	uchar t621;
/* hidden variable: */	uchar t622;
/* hidden variable: */	uchar t626;
/* hidden variable: */	uchar t627;
/* hidden variable: */	uchar t628;
/* hidden variable: */	uchar t629;
/* hidden variable: */	uchar t630;
/* hidden variable: */	uchar t634;
/* hidden variable: */	uchar t635;
/* hidden variable: */	uchar t636;
/* hidden variable: */	uchar t637;
/* hidden variable: */	uchar t638;
/* hidden variable: */	uchar t642;
/* hidden variable: */	uchar t643;
/* hidden variable: */	uchar t644;
/* hidden variable: */	uchar t645;
/* hidden variable: */	uchar t646;
/* hidden variable: */	uchar t647;
/* hidden variable: */	uchar t648;
/* hidden variable: */	uchar t649;
/* hidden variable: */	uchar t650;
/* hidden variable: */	uchar t651;
/* hidden variable: */	uchar t652;
/* hidden variable: */	uchar t653;
/* hidden variable: */	uchar t654;
/* hidden variable: */	uchar t655;
/* hidden variable: */	uchar t656;
/* hidden variable: */	uchar t657;
/* hidden variable: */	uchar t658;
/* hidden variable: */	uchar t659;
/* hidden variable: */	uchar t660;
/* hidden variable: */	uchar t661;
/* hidden variable: */	uchar t662;
/* hidden variable: */	uchar t663;
/* hidden variable: */	uchar t664;
/* hidden variable: */	uchar t665;
/* hidden variable: */	uchar t666;
/* hidden variable: */	uchar t667;
/* hidden variable: */	uchar t668;
/* hidden variable: */	uchar t669;
/* hidden variable: */	uchar t670;
/* hidden variable: */	uchar t671;
/* hidden variable: */	uchar t672;
/* hidden variable: */	uchar t673;
/* hidden variable: */	uchar t674;
/* hidden variable: */	uchar t675;
/* hidden variable: */	uchar t676;
/* hidden variable: */	uchar t677;
/* hidden variable: */	uchar t678;
/* hidden variable: */	uchar t679;
/* hidden variable: */	uchar t680;
/* hidden variable: */	uchar t681;
/* hidden variable: */	uchar t682;
/* hidden variable: */	uchar t683;
/* hidden variable: */	uchar t684;
/* hidden variable: */	uchar t685;
/* hidden variable: */	uchar t686;
/* hidden variable: */	uchar t687;
/* hidden variable: */	uchar t688;
/* hidden variable: */	uchar t689;
/* hidden variable: */	uchar t690;
/* hidden variable: */	uchar t691;
/* hidden variable: */	uchar t692;
/* hidden variable: */	uchar t693;
/* hidden variable: */	uchar t694;
/* hidden variable: */	uchar t695;
/* hidden variable: */	uchar t696;
/* hidden variable: */	uchar t697;
/* hidden variable: */	uchar t698;
/* hidden variable: */	uchar t699;
/* hidden variable: */	uchar t700;
/* hidden variable: */	uchar t701;
/* hidden variable: */	uchar t702;
/* hidden variable: */	uchar t703;
/* hidden variable: */	uchar t704;
/* hidden variable: */	uchar t705;
/* hidden variable: */	uchar t706;
/* hidden variable: */	uchar t707;
/* hidden variable: */	uchar t708;
/* hidden variable: */	uchar t709;
/* hidden variable: */	uchar t710;
/* hidden variable: */	uchar t711;
/* hidden variable: */	uchar t712;
/* hidden variable: */	uchar t713;
/* hidden variable: */	uchar t714;
/* hidden variable: */	uchar t715;
/* hidden variable: */	uchar t716;
/* hidden variable: */	uchar t717;
/* hidden variable: */	uchar t718;
/* hidden variable: */	uchar t719;
/* hidden variable: */	uchar t720;
/* hidden variable: */	uchar t721;
/* hidden variable: */	uchar t722;
/* hidden variable: */	uchar t723;
/* hidden variable: */	uchar t724;
/* hidden variable: */	uchar t725;
/* hidden variable: */	uchar t726;
/* hidden variable: */	uchar t727;
/* hidden variable: */	uchar t728;
/* hidden variable: */	uchar t729;
/* hidden variable: */	uchar t730;
/* hidden variable: */	uchar t731;
/* hidden variable: */	uchar t732;
/* hidden variable: */	uchar t733;
/* hidden variable: */	uchar t734;
/* hidden variable: */	uchar t735;
/* hidden variable: */	uchar t736;
/* hidden variable: */	uchar t737;
/* hidden variable: */	uchar t738;
/* hidden variable: */	uchar t739;
/* hidden variable: */	uchar t740;
/* hidden variable: */	uchar t741;
/* hidden variable: */	uchar t742;
/* hidden variable: */	uchar t743;
/* hidden variable: */	uchar t744;
/* hidden variable: */	uchar t745;
/* hidden variable: */	uchar t746;
/* hidden variable: */	uchar t747;
/* hidden variable: */	uchar t748;
/* hidden variable: */	uchar t749;
/* hidden variable: */	uchar t750;
/* hidden variable: */	uchar t751;
/* hidden variable: */	uchar t752;
/* hidden variable: */	uchar t753;
/* hidden variable: */	uchar t754;
/* hidden variable: */	uchar t755;
/* hidden variable: */	uchar t756;
/* hidden variable: */	uchar t757;
/* hidden variable: */	uchar t758;
/* hidden variable: */	uchar t759;
/* hidden variable: */	uchar t760;
/* hidden variable: */	uchar t761;
/* hidden variable: */	uchar t762;
/* hidden variable: */	uchar t763;
/* hidden variable: */	uchar t764;
/* hidden variable: */	uchar t765;
/* hidden variable: */	uchar t766;
/* hidden variable: */	uchar t767;
/* hidden variable: */	uchar t768;
/* hidden variable: */	uchar t769;
/* hidden variable: */	uchar t770;
/* hidden variable: */	uchar t771;
/* hidden variable: */	uchar t772;
/* hidden variable: */	uchar t773;
/* hidden variable: */	uchar t774;
/* hidden variable: */	uchar t775;
/* hidden variable: */	uchar t776;
/* hidden variable: */	uchar t777;
/* hidden variable: */	uchar t778;
/* hidden variable: */	uchar t779;
/* hidden variable: */	uchar t780;
/* hidden variable: */	uchar t781;
/* hidden variable: */	uchar t782;
/* hidden variable: */	uchar t783;
/* hidden variable: */	uchar t784;
/* hidden variable: */	uchar t785;
/* hidden variable: */	uchar t786;
/* hidden variable: */	uchar t787;
/* hidden variable: */	uchar t788;
/* hidden variable: */	uchar t789;
/* hidden variable: */	uchar t790;
/* hidden variable: */	uchar t791;
/* hidden variable: */	uchar t792;
/* hidden variable: */	uchar t793;
/* hidden variable: */	uchar t794;
/* hidden variable: */	uchar t795;
/* hidden variable: */	uchar t799;
/* hidden variable: */	uchar t800;
/* hidden variable: */	uchar t801;
/* hidden variable: */	uchar t802;
/* hidden variable: */	uchar t804;
/* hidden variable: */	uchar t805;
/* hidden variable: */	uchar t806;
/* hidden variable: */	uchar t810;
/* hidden variable: */	uchar t811;
/* hidden variable: */	uchar t812;
/* hidden variable: */	uchar t813;
/* hidden variable: */	uchar t814;
/* hidden variable: */	uchar t815;
/* hidden variable: */	uchar t816;
/* hidden variable: */	uchar t817;
/* hidden variable: */	uchar t818;
/* hidden variable: */	uchar t819;
/* hidden variable: */	uchar t820;
/* hidden variable: */	uchar t821;
/* hidden variable: */	uchar t822;
/* hidden variable: */	uchar t823;
/* hidden variable: */	uchar t824;
/* hidden variable: */	uchar t825;
/* hidden variable: */	uchar t826;
/* hidden variable: */	uchar t827;
/* hidden variable: */	uchar t828;
/* hidden variable: */	uchar t829;
/* hidden variable: */	uchar t830;
/* hidden variable: */	uchar t831;
/* hidden variable: */	uchar t832;
/* hidden variable: */	uchar t833;
/* hidden variable: */	uchar t834;
/* hidden variable: */	uchar t835;
/* hidden variable: */	uchar t836;
/* hidden variable: */	uchar t837;
/* hidden variable: */	uchar t838;
/* hidden variable: */	uchar t839;
/* hidden variable: */	uchar t840;
/* hidden variable: */	uchar t841;
/* hidden variable: */	uchar t883;
/* hidden variable: */	uchar t884;
/* hidden variable: */	uchar t886;
/* hidden variable: */	uchar t890;
/* hidden variable: */	uchar t891;
/* hidden variable: */	uchar t892;
/* hidden variable: */	uchar t893;
/* hidden variable: */	uchar t894;
/* hidden variable: */	uchar t895;
/* hidden variable: */	uchar t896;
/* hidden variable: */	uchar t897;
/* hidden variable: */	uchar t898;
/* hidden variable: */	uchar t899;
/* hidden variable: */	uchar t900;
/* hidden variable: */	uchar t901;
/* hidden variable: */	uchar t902;
/* hidden variable: */	uchar t903;
/* hidden variable: */	uchar t904;
/* hidden variable: */	uchar t905;
/* hidden variable: */	uchar t906;
/* hidden variable: */	uchar t907;
/* hidden variable: */	uchar t908;
/* hidden variable: */	uchar t909;
/* hidden variable: */	uchar t910;
/* hidden variable: */	uchar t911;
/* hidden variable: */	uchar t912;
/* hidden variable: */	uchar t913;
/* hidden variable: */	uchar t914;
/* hidden variable: */	uchar t915;
/* hidden variable: */	uchar t916;
/* hidden variable: */	uchar t917;
/* hidden variable: */	uchar t918;
/* hidden variable: */	uchar t919;
/* hidden variable: */	uchar t920;
/* hidden variable: */	uchar t921;
/* hidden variable: */	uchar t922;
/* hidden variable: */	uchar t923;
/* hidden variable: */	uchar t924;
/* hidden variable: */	uchar t925;
/* hidden variable: */	uchar t926;
/* hidden variable: */	uchar t927;
/* hidden variable: */	uchar t928;
/* hidden variable: */	uchar t929;
/* hidden variable: */	uchar t930;
/* hidden variable: */	uchar t931;
/* hidden variable: */	int t17;
/* hidden variable: */	int t18;
/* hidden variable: */	int t19;
/* hidden variable: */	int t23;
/* hidden variable: */	int t24;
/* hidden variable: */	int t25;
/* hidden variable: */	int t29;
/* hidden variable: */	int t30;
/* hidden variable: */	int t31;
/* hidden variable: */	int t35;
/* hidden variable: */	int t36;
/* hidden variable: */	int t37;
/* hidden variable: */	int t41;
/* hidden variable: */	int t42;
/* hidden variable: */	int t43;
/* hidden variable: */	int t47;
/* hidden variable: */	int t48;
/* hidden variable: */	int t49;
/* hidden variable: */	int t53;
/* hidden variable: */	int t54;
/* hidden variable: */	int t55;
/* hidden variable: */	int t59;
/* hidden variable: */	int t60;
/* hidden variable: */	int t61;
/* hidden variable: */	int t65;
/* hidden variable: */	int t66;
/* hidden variable: */	int t67;
/* hidden variable: */	int t71;
/* hidden variable: */	int t72;
/* hidden variable: */	int t73;
/* hidden variable: */	int t228;
/* hidden variable: */	int t229;
/* hidden variable: */	int t230;
/* hidden variable: */	int t231;
/* hidden variable: */	int t235;
/* hidden variable: */	int t236;
/* hidden variable: */	int t237;
/* hidden variable: */	int t270;
/* hidden variable: */	int t271;
/* hidden variable: */	int t272;
/* hidden variable: */	int t273;
/* hidden variable: */	int t274;
/* hidden variable: */	int t275;
/* hidden variable: */	int t276;
/* hidden variable: */	int t277;
/* hidden variable: */	int t278;
/* hidden variable: */	int t279;
/* hidden variable: */	int t280;
/* hidden variable: */	int t281;
/* hidden variable: */	int t282;
/* hidden variable: */	int t283;
/* hidden variable: */	int t284;
/* hidden variable: */	int t285;
/* hidden variable: */	int t286;
/* hidden variable: */	int t287;
/* hidden variable: */	int t288;
/* hidden variable: */	int t289;
/* hidden variable: */	int t290;
/* hidden variable: */	int t291;
/* hidden variable: */	int t292;
/* hidden variable: */	int t293;
/* hidden variable: */	int t294;
/* hidden variable: */	int t295;
/* hidden variable: */	int t296;
/* hidden variable: */	int t297;
/* hidden variable: */	int t298;
/* hidden variable: */	int t299;
/* hidden variable: */	int t300;
/* hidden variable: */	int t301;
/* hidden variable: */	int t302;
/* hidden variable: */	int t303;
/* hidden variable: */	int t304;
/* hidden variable: */	int t305;
/* hidden variable: */	int t306;
/* hidden variable: */	int t307;
/* hidden variable: */	int t308;
/* hidden variable: */	int t309;
/* hidden variable: */	int t310;
/* hidden variable: */	int t313;
/* hidden variable: */	int t315;
/* hidden variable: */	int t316;
/* hidden variable: */	int t317;
/* hidden variable: */	int t319;
/* hidden variable: */	int t320;
/* hidden variable: */	int t325;
/* hidden variable: */	int t326;
/* hidden variable: */	int t397;
/* hidden variable: */	int t398;
/* hidden variable: */	int t400;
/* hidden variable: */	int t401;
/* hidden variable: */	int t472;
/* hidden variable: */	int t473;
/* hidden variable: */	int t476;
/* hidden variable: */	int t481;
/* hidden variable: */	int t490;
/* hidden variable: */	int t491;
/* hidden variable: */	int t492;
/* hidden variable: */	int t495;
/* hidden variable: */	int t500;
/* hidden variable: */	int t509;
/* hidden variable: */	int t510;
/* hidden variable: */	int t511;
/* hidden variable: */	int t514;
/* hidden variable: */	int t519;
/* hidden variable: */	int t528;
/* hidden variable: */	int t529;
/* hidden variable: */	int t530;
/* hidden variable: */	int t533;
/* hidden variable: */	int t538;
/* hidden variable: */	int t547;
/* hidden variable: */	int t548;
/* hidden variable: */	int t549;
/* hidden variable: */	int t552;
/* hidden variable: */	int t557;
/* hidden variable: */	int t566;
/* hidden variable: */	int t567;
/* hidden variable: */	int t568;
/* hidden variable: */	int t571;
/* hidden variable: */	int t576;
/* hidden variable: */	int t585;
/* hidden variable: */	int t586;
/* hidden variable: */	int t587;
/* hidden variable: */	int t590;
/* hidden variable: */	int t595;
/* hidden variable: */	int t604;
/* hidden variable: */	int t605;
/* hidden variable: */	int t606;
/* hidden variable: */	int t609;
/* hidden variable: */	int t614;
/* hidden variable: */	int t623;
/* hidden variable: */	int t624;
/* hidden variable: */	int t625;
/* hidden variable: */	int t631;
/* hidden variable: */	int t632;
/* hidden variable: */	int t633;
/* hidden variable: */	int t639;
/* hidden variable: */	int t640;
/* hidden variable: */	int t641;
/* hidden variable: */	int t796;
/* hidden variable: */	int t797;
/* hidden variable: */	int t798;
/* hidden variable: */	int t803;
/* hidden variable: */	int t807;
/* hidden variable: */	int t808;
/* hidden variable: */	int t809;
/* hidden variable: */	int t842;
/* hidden variable: */	int t843;
/* hidden variable: */	int t844;
/* hidden variable: */	int t845;
/* hidden variable: */	int t846;
/* hidden variable: */	int t847;
/* hidden variable: */	int t848;
/* hidden variable: */	int t849;
/* hidden variable: */	int t850;
/* hidden variable: */	int t851;
/* hidden variable: */	int t852;
/* hidden variable: */	int t853;
/* hidden variable: */	int t854;
/* hidden variable: */	int t855;
/* hidden variable: */	int t856;
/* hidden variable: */	int t857;
/* hidden variable: */	int t858;
/* hidden variable: */	int t859;
/* hidden variable: */	int t860;
/* hidden variable: */	int t861;
/* hidden variable: */	int t862;
/* hidden variable: */	int t863;
/* hidden variable: */	int t864;
/* hidden variable: */	int t865;
/* hidden variable: */	int t866;
/* hidden variable: */	int t867;
/* hidden variable: */	int t868;
/* hidden variable: */	int t869;
/* hidden variable: */	int t870;
/* hidden variable: */	int t871;
/* hidden variable: */	int t872;
/* hidden variable: */	int t873;
/* hidden variable: */	int t874;
/* hidden variable: */	int t875;
/* hidden variable: */	int t876;
/* hidden variable: */	int t877;
/* hidden variable: */	int t878;
/* hidden variable: */	int t879;
/* hidden variable: */	int t880;
/* hidden variable: */	int t881;
/* hidden variable: */	int t882;
/* hidden variable: */	int t885;
/* hidden variable: */	int t887;
/* hidden variable: */	int t888;
/* hidden variable: */	int t889;
#define FORWARD_MOVES	"pan.m"
#define BACKWARD_MOVES	"pan.b"
#define TRANSITIONS	"pan.t"
#define _NP_	1
#define _nstates1	3 /* np_ */
#define _endstate1	2 /* np_ */

#define _start1	0 /* np_ */
#define _start0	3
#ifdef NP
	#define ACCEPT_LAB	1 /* at least 1 in np_ */
#else
	#define ACCEPT_LAB	0 /* user-defined accept labels */
#endif
#ifdef MEMCNT
	#ifdef MEMLIM
		#warning -DMEMLIM takes precedence over -DMEMCNT
		#undef MEMCNT
	#else
		#if MEMCNT<20
			#warning using minimal value -DMEMCNT=20 (=1MB)
			#define MEMLIM	(1)
			#undef MEMCNT
		#else
			#if MEMCNT==20
				#define MEMLIM	(1)
				#undef MEMCNT
			#else
			 #if MEMCNT>=50
				#error excessive value for MEMCNT
			 #else
				#define MEMLIM	(1<<(MEMCNT-20))
			 #endif
			#endif
		#endif
	#endif
#endif
#if NCORE>1 && !defined(MEMLIM)
	#define MEMLIM	(2048)	/* need a default, using 2 GB */
#endif
#define PROG_LAB	0 /* progress labels */
#define NQS	0
typedef struct Q0 {	/* generic q */
	uchar Qlen;	/* q_size */
	uchar _t;
} Q0;

/** function prototypes **/
char *emalloc(ulong);
char *Malloc(ulong);
int Boundcheck(int, int, int, int, Trans *);
int addqueue(int, int, int);
/* int atoi(char *); */
/* int abort(void); */
int close(int);
int delproc(int, int);
int endstate(void);
int find_claim(char *);
int h_store(char *, int);
int pan_rand(void);
int q_cond(short, Trans *);
int q_full(int);
int q_len(int);
int q_zero(int);
int qrecv(int, int, int, int);
int unsend(int);
/* void *sbrk(int); */
void spin_assert(int, char *, int, int, Trans *);
#ifdef BFS_PAR
void bfs_printf(const char *, ...);
volatile uchar *sh_pre_malloc(ulong);
#endif
void c_chandump(int);
void c_globals(void);
void c_locals(int, int);
void checkcycles(void);
void crack(int, int, Trans *, short *);
void d_sfh(uchar *, int);
void d_hash(uchar *, int);
void m_hash(uchar *, int);
void s_hash(uchar *, int);
void delq(int);
void dot_crack(int, int, Trans *);
void do_reach(void);
void pan_exit(int);
void exit(int);
#ifdef BFS_PAR
	void bfs_setup_mem(void);
#endif
#ifdef BITSTATE
	void sinit(void);
#else
	void hinit(void);
#endif
void imed(Trans *, int, int, int);
void new_state(void);
void p_restor(int);
void putpeg(int, int);
void putrail(void);
void q_restor(void);
void retrans(int, int, int, short *, uchar *, uchar *);
void select_claim(int);
void settable(void);
void setq_claim(int, int, char *, int, char *);
void sv_restor(void);
void sv_save(void);
void tagtable(int, int, int, short *, uchar *);
void do_dfs(int, int, int, short *, uchar *, uchar *);
void unrecv(int, int, int, int, int);
void usage(FILE *);
void wrap_stats(void);

#ifdef MA
	int g_store(char *, int, uchar);
#endif
#if defined(FULLSTACK) && defined(BITSTATE)
	int  onstack_now(void);
	void onstack_init(void);
	void onstack_put(void);
	void onstack_zap(void);
#endif
#ifndef XUSAFE
	int q_S_check(int, int);
	int q_R_check(int, int);
	extern uchar q_claim[MAXQ+1];
	extern char *q_name[MAXQ+1];
	extern char *p_name[MAXPROC+1];
#endif

#ifndef NO_V_PROVISO
	#define V_PROVISO
#endif
#if !defined(NO_RESIZE) && !defined(AUTO_RESIZE) && !defined(BITSTATE) && !defined(SPACE) && !defined(USE_TDH) && NCORE==1
	#define AUTO_RESIZE
#endif

typedef struct Trail Trail;
typedef struct H_el  H_el;

struct H_el {
	H_el *nxt;
	#ifdef FULLSTACK
		unsigned int tagged;
		#if defined(BITSTATE) && !defined(NOREDUCE) && !defined(SAFETY)
			unsigned int proviso;
		#endif
	#endif
	#if defined(CHECK) || (defined(COLLAPSE) && !defined(FULLSTACK))
		ulong st_id;
	#endif
	#if !defined(SAFETY) || defined(REACH)
		uint D;
	#endif
	#ifdef BCS
		#ifndef CONSERVATIVE
			#define CONSERVATIVE	1 /* good for up to 8 processes */
		#endif
		#ifdef CONSERVATIVE
			#if CONSERVATIVE <= 0 || CONSERVATIVE>32
			#error sensible values for CONSERVATIVE are 1..32 (256/8 = 32)
			#endif
			uchar ctx_pid[CONSERVATIVE];
		#endif
		uchar ctx_low;
	#endif
	#if NCORE>1
		/* could cost 1 extra word: 4 bytes if 32-bit and 8 bytes if 64-bit */
		#ifdef V_PROVISO
			uchar	cpu_id;		/* id of cpu that created the state */
		#endif
	#endif
	#ifdef COLLAPSE
		#if VECTORSZ<65536
			ushort ln;
		#else
			ulong ln;
		#endif
	#endif
	#if defined(AUTO_RESIZE) && !defined(BITSTATE)
		ulong m_K1;
	#endif
	ulong state;
};

#ifdef BFS_PAR
typedef struct BFS_Trail BFS_Trail;
struct BFS_Trail {
	H_el *ostate;
	int   st;
	int   o_tt;
	T_ID  t_id;
	uchar pr;
	uchar o_pm;
	uchar tau;
};
	#if SYNC>0
		#undef BFS_NOTRAIL
	#endif
#endif

#ifdef RHASH
	#ifndef PERMUTED
	#define PERMUTED
	#endif
#endif

struct Trail {
	int   st;	/* current state */
	int   o_tt;
#ifdef PERMUTED
	uint  seed;
	uchar oII;
#endif
	uchar pr;	/* process id */
	uchar tau;	/* 8 bit-flags */
	uchar o_pm;	/* 8 more bit-flags */

	#if 0
	Meaning of bit-flags on tau and o_pm:
	tau&1   -> timeout enabled
	tau&2   -> request to enable timeout 1 level up (in claim)
	tau&4   -> current transition is a  claim move
	tau&8   -> current transition is an atomic move
	tau&16  -> last move was truncated on stack
	tau&32  -> current transition is a preselected move
	tau&64  -> at least one next state is not on the stack
	tau&128 -> current transition is a stutter move
	o_pm&1	-> the current pid moved -- implements else
	o_pm&2	-> this is an acceptance state
	o_pm&4	-> this is a  progress state
	o_pm&8	-> fairness alg rule 1 undo mark
	o_pm&16	-> fairness alg rule 3 undo mark
	o_pm&32	-> fairness alg rule 2 undo mark
	o_pm&64 -> the current proc applied rule2
	o_pm&128 -> a fairness, dummy move - all procs blocked
	#endif

	#ifdef NSUCC
	 uchar n_succ;	/* nr of successor states */
	#endif
	#if defined(FULLSTACK) && defined(MA) && !defined(BFS)
	 uchar proviso;
	#endif
	#ifndef BFS
	 uchar  o_n, o_ot;	/* to save locals */
	#endif
	uchar  o_m;
	#ifdef EVENT_TRACE
		#if nstates_event<256
		 uchar o_event;
		#else
		 unsigned short o_event;
		#endif
	#endif
	#ifndef BFS
		short o_To;
		#if defined(T_RAND) || defined(RANDOMIZE)
		 short oo_i;
		#endif
	#endif
	#if defined(HAS_UNLESS) && !defined(BFS)
	 int e_state;	/* if escape trans - state of origin */
	#endif
	#if (defined(FULLSTACK) && !defined(MA)) || defined(BFS) || (NCORE>1)
	 H_el *ostate;	/* pointer to stored state */
	#endif
	#if defined(CNTRSTACK) && !defined(BFS)
	 long	j6, j7;
	#endif
	Trans *o_t;
	#if !defined(BFS) && !defined(TRIX_ORIG)
	 char *p_bup;
	 char *q_bup;
	#endif
	#ifdef BCS
	 unsigned short sched_limit;
	 unsigned char  bcs; /* phase 1 or 2, or forced 4 */
	 unsigned char  b_pno; /* preferred pid */
	#endif
	#ifdef P_RAND
	 unsigned char p_left;	/* nr of procs left to explore */
	 short p_skip;	/* to find starting point in list */
	#endif
	#ifdef HAS_SORTED
	 short ipt;
	#endif
	#ifdef HAS_PRIORITY
	 short o_priority;
	#endif
	union {
	 int oval;
	 int *ovals;
	} bup;
}; /* end of struct Trail */

#ifdef BFS
	#define Q_PROVISO
	#ifndef INLINE_REV
		#define INLINE_REV
	#endif

typedef struct SV_Hold {
	State *sv;
 #ifndef BFS_PAR
	int  sz;
 #endif
	struct SV_Hold *nxt;
} SV_Hold;
#if !defined(BFS_PAR) || NRUNS>0
	typedef struct EV_Hold {
	 #if !defined(BFS_PAR) || (!defined(NOCOMP) && !defined(HC) && NRUNS>0)
		char *sv;	/* Mask */
	 #endif
	 #if VECTORSZ<65536
		ushort sz;	/* vsize */
	 #else
		ulong  sz;
	 #endif
	 #ifdef BFS_PAR
		uchar owner;
	 #endif
		uchar nrpr;
		uchar nrqs;
		#if !defined(BFS_PAR) || (!defined(TRIX) && NRUNS>0)
			char *po, *qo;
			char *ps, *qs;
		#endif
		struct EV_Hold *nxt;
	} EV_Hold;
#endif
typedef struct BFS_State {
 #ifdef BFS_PAR
	BFS_Trail *t_info;
	State	*osv;
 #else
	Trail	*frame;
	SV_Hold *onow;
 #endif
 #if !defined(BFS_PAR) || NRUNS>0
	EV_Hold *omask;
 #endif
 #if defined(Q_PROVISO) && !defined(NOREDUCE)
	H_el *lstate;
 #endif
 #if !defined(BFS_PAR) || SYNC>0
	short boq;
 #endif
 #ifdef VERBOSE
	ulong nr;
 #endif
 #ifndef BFS_PAR
	struct BFS_State *nxt;
 #endif
} BFS_State;
#endif

void qsend(int, int, int);

#define Addproc(x,y)	addproc(256, y, x)
#define LOCAL	1
#define Q_FULL_F	2
#define Q_EMPT_F	3
#define Q_EMPT_T	4
#define Q_FULL_T	5
#define TIMEOUT_F	6
#define GLOBAL	7
#define BAD	8
#define ALPHA_F	9
#define NTRANS	20
#if defined(BFS_PAR) || NCORE>1
	void e_critical(int);
	void x_critical(int);
	#ifdef BFS_PAR
		void bfs_main(int, int);
		void bfs_report_mem(void);
	#endif
#endif


/* end of PAN_H */
#endif
