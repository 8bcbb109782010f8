	switch (t->back) {
	default: Uerror("bad return move");
	case  0: goto R999; /* nothing to undo */

		 /* PROC :init: */

	case 3: // STATE 1
		;
		now.faulty[0] = trpt->bup.oval;
		;
		goto R999;

	case 4: // STATE 2
		;
		now.faulty[0] = trpt->bup.oval;
		;
		goto R999;

	case 5: // STATE 5
		;
		now.faulty[1] = trpt->bup.oval;
		;
		goto R999;

	case 6: // STATE 6
		;
		now.faulty[1] = trpt->bup.oval;
		;
		goto R999;

	case 7: // STATE 9
		;
		now.faulty[2] = trpt->bup.oval;
		;
		goto R999;

	case 8: // STATE 10
		;
		now.faulty[2] = trpt->bup.oval;
		;
		goto R999;

	case 9: // STATE 13
		;
		now.latency[0] = trpt->bup.oval;
		;
		goto R999;

	case 10: // STATE 16
		;
		now.latency[1] = trpt->bup.oval;
		;
		goto R999;

	case 11: // STATE 19
		;
		now.latency[2] = trpt->bup.oval;
		;
		goto R999;
	case 12: // STATE 501
		sv_restor();
		goto R999;
;
		;
		;
		;
			case 15: // STATE 1248
		sv_restor();
		goto R999;
;
		;
		
	case 17: // STATE 1254
		;
		p_restor(II);
		;
		;
		goto R999;
	}

