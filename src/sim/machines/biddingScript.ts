/**
 * Every line of the 投标 simulator: prompts, choice labels, what happened after each choice (reaction),
 * debrief feedback and endings. A trainer can reword anything here; ids must match biddingMachine.ts
 * (the types enforce it). Long because it is the dialogue itself.
 * Legal numbers and articles come only from shared/reference/law-facts.md; 招标投标 counts 日 (calendar days).
 */
import type {
  BidChoiceId,
  BidEndingId,
  BidFxKey,
  BidMeterId,
  BidStepId,
  LateReason,
  RejectionReason,
} from './biddingMachine';

/**
 * Text is plain data (it travels to the browser as the island's props, not as JS), so lines that depend on the
 * game use `{slot}` templates, filled by definitions/bidding.ts:
 * - step prompts: {today} {deadline} {lastObjectionDay} (dates as "7月17日（周五）"), {daysLeft}, {knownCap}
 *   (the 最高投标限价 the team believes in, 万元: only a team that watches the platform knows the 补遗),
 *   {daysNote} (the `daysNote` line, itself filled) and {urgency} (an `urgency` line on the last two days, else empty);
 * - endings: {table} (the `scoreTable` line: {oursTechnical} {oursBusiness} {oursPrice} {oursTotal} {jiaTotal}
 *   {yiTotal}), {rejectionTitle} {rejectionText}, {lateTitle} {lateText}.
 */

export interface BidStepText<S extends BidStepId> {
  /** Short name of the decision, for the debrief and the timeline. */
  title: string;
  speaker: string;
  /** Syllabus items that teach this decision; added to the ending's links when it went wrong. */
  lessonLinks: string[];
  /** Template: see the slots above. */
  prompt: string;
  choices: Record<BidChoiceId<S>, string>;
}

export interface ConsequenceText {
  /** Shown at the top of the next screen: what happened. */
  reaction: string;
  /** Debrief: why it was good or bad. */
  feedback: string;
}

export interface BidEndingText {
  /** Templates: see the slots above. */
  title: string;
  summary: string;
  /** 合规失败 endings: the article from law-facts.md. */
  article?: string;
  lessonLinks: string[];
}

export interface BidScript {
  title: string;
  tagline: string;
  meters: Record<BidMeterId | 'daysLeft', { label: string; unit?: string }>;
  daysNote: string;
  scoreTable: string;
  urgency: { deadlineDay: string; dayBefore: string };
  calendar: Record<'today' | 'issued' | 'objectionLast' | 'objectionReply' | 'addendum' | 'deadline', string>;
  steps: { [S in BidStepId]: BidStepText<S> };
  consequences: Record<BidFxKey, ConsequenceText>;
  rejections: Record<RejectionReason, { title: string; text: string }>;
  lates: Record<LateReason, { title: string; text: string }>;
  endings: Record<BidEndingId, BidEndingText>;
  strongestPath: string;
}

export const biddingScript: BidScript = {
  title: '投标：某市城投集团 · 产业园区综合管网改造工程',
  tagline: '从招标准备到开标：21天倒计时里，每一步都花天数和人手，每一处疏漏都可能被否决。',
  meters: {
    daysLeft: { label: '剩余天数', unit: '天' },
    effort: { label: '人力投入', unit: '人·日' },
    technical: { label: '技术分（预估/40）' },
    business: { label: '商务分（预估/20）' },
    price: { label: '报价分（预估/40）' },
    risk: { label: '否决风险' },
  },
  calendar: {
    today: '今天',
    issued: '招标文件发出',
    objectionLast: '对招标文件提异议的最后一天（截止时间10日前，实施条例第22条）',
    objectionReply: '招标人答复异议期限（3日）',
    addendum: '补遗：最高投标限价调整为1,280万元',
    deadline: '投标截止、开标 9:30',
  },
  daysNote: '今天是{today}，距投标截止还有{daysLeft}天。',
  urgency: { deadlineDay: '\n\n今天就是截止日，9:30开标。', dayBefore: '\n\n明天上午9:30就截止了。' },
  scoreTable: '我方：技术{oursTechnical} + 商务{oursBusiness} + 报价{oursPrice} = {oursTotal}分；甲公司{jiaTotal}分；乙公司{yiTotal}分。',
  steps: {
    prepTech: {
      title: '招标前的准备（5.1.1–5.1.3）',
      speaker: '分管副总 刘总',
      lessonLinks: ['5.1.1', '5.1.2', '5.1.3'],
      prompt:
        '6月29日。城投集团招采部李主任透露：产业园区综合管网改造工程下周一发布招标公告和招标文件。' +
        '这是依法必须招标的工程，综合评估法，技术40分、商务20分、报价40分，最高投标限价1,300多万元。\n\n' +
        '刘总：“这个客户我们跟了一年，信任已经建立起来了。离发标还有一周，你打算怎么用？”',
      choices: {
        wait: '等招标文件出来再说，现在去问反而显得太急',
        align: '分头沟通：和城投工程部马部长对技术方案，向招采部了解招标方案（资格条件、评标办法、工期），和招标代理王经理确认发标时间，通过正式渠道提交书面技术建议',
        tailor: '私下请招标代理王经理把我们的专利工艺写成★条款，再把已经报名的单位透露给我们，“辛苦费”少不了他的',
      },
    },
    prepPartner: {
      title: '与合作伙伴定投标方案（5.1.4–5.1.5）',
      speaker: '合作伙伴 某管业公司 老周',
      lessonLinks: ['5.1.4', '5.1.5'],
      prompt:
        '7月1日。管材合作伙伴老周来电：“这个项目我们全力支持。要不这样——我们公司也去报名，报个高价给你们陪标，' +
        '我再拉一家凑够三家，稳稳的。中标后管材都从我这儿走。”\n\n' +
        '按5.1.4，你要和合作伙伴把投标方案谈定；按5.1.5，还要向公司汇报。你怎么回应？',
      choices: {
        oral: '口头和老周说好供货，制造商授权书等要用时再开；投标方案自己定，不用专门汇报',
        rig: '接受老周的主意：他们也去投标、报高价陪标，再拉一家凑足三家',
        plan: '婉拒陪标。谈定制造商授权书和供货价，形成投标方案（报价区间、拟派项目经理、主要风险），书面报刘总和商务、法务评审',
      },
    },
    team: {
      title: '成立投标团队（6.1）',
      speaker: '旁白',
      lessonLinks: ['6.1'],
      prompt:
        '{today}，招标文件发出。投标截止和开标：{deadline} 9:30，距今{daysLeft}天' +
        '（依法必须招标的项目，自招标文件开始发出之日起至投标截止不得少于20日，招标投标法第24条）。' +
        '对招标文件有异议，须在投标截止时间10日前提出，也就是不晚于{lastObjectionDay}（实施条例第22条）。\n\n' +
        '刘总出国考察，下周四（7月16日）才回来。投标团队怎么组？',
      choices: {
        formNow: '今天就成立投标小组：我任投标负责人（项目经理），技术赵工、商务孙经理、造价陈工全程参加，倒排工期、分工到人',
        soloStart: '先由我和商务孙经理两个人干，技术和造价手上还有别的标，有空再来帮忙',
        waitBoss: '等刘总回来开会，定人定分工再启动，免得做了白做',
      },
    },
    analysis: {
      title: '学习、分析招标文件（6.2）',
      speaker: '投标小组',
      lessonLinks: ['6.2'],
      prompt:
        '{daysNote}招标文件186页，另有工程量清单412项和一套施工图。怎么组织学习和分析？',
      choices: {
        scoringOnly: '时间紧，先只看资格条件和评分办法，其他章节定稿时再看',
        thorough: '全员逐章通读：各专业把★实质性条款、否决投标情形、评分细则和疑问列成清单，并指定专人每天查看交易平台的补遗和澄清',
        copyOld: '这类项目做过好几个，照搬上次的标书目录，按老套路来',
      },
    },
    objection: {
      title: '是否对招标文件提出异议（6.2）',
      speaker: '商务 孙经理',
      lessonLinks: ['6.2', '7.4'],
      prompt:
        '{daysNote}孙经理指着评分办法：“商务分里‘本市类似业绩’每项2分、最高6分，只认本市的。' +
        '我们在邻市做过三个同类项目，本市只有一个。这一条明显在排斥外地企业。”\n\n' +
        '对招标文件有异议，应当在投标截止时间10日前提出（本项目即不晚于{lastObjectionDay}）；' +
        '招标人自收到异议之日起3日内答复，答复前暂停招标投标活动（实施条例第22条）。怎么办？',
      choices: {
        phone: '给王经理打个电话抱怨两句，请他“看着办”',
        accept: '不提了，免得得罪招标人，在别的分上补回来',
        formal: '以公司名义向招标人提交书面异议：写明条款、理由和请求（改为不限地域的“类似业绩”），附我方业绩证明',
      },
    },
    qualification: {
      title: '资格条件与评分自查（6.3）',
      speaker: '商务 孙经理',
      lessonLinks: ['6.3'],
      prompt:
        '{daysNote}按6.3，要逐项判断资格条件和评分因素，看商务部分能不能拿满分。\n\n' +
        '孙经理：“‘拟派项目经理近三年类似业绩’每项1分、最高2分。张工有一项；李工有四项，可他正挂在另一个在建项目上，' +
        '而招标文件★条款要求项目经理‘无在建项目’，还要书面承诺。”',
      choices: {
        fullCheck: '各专业对照资格条件和评分表逐项找证明材料，列出失分项和补救办法；营业执照、资质、安全生产许可证和CA锁的有效期一并检查。项目经理如实报张工',
        borrowPm: '报李工，先签“无在建项目”承诺，评委不一定查得到',
        qualOnly: '只核资格条件，评分项有多少材料算多少',
      },
    },
    cost: {
      title: '审查工程量清单、定报价（6.4）',
      speaker: '造价 陈工',
      lessonLinks: ['6.4'],
      prompt:
        '{daysNote}陈工：“工程量清单412项，图纸和清单我还没逐项对。最高投标限价是{knownCap}万元，' +
        '招标文件规定超过最高投标限价的投标否决。报价怎么定？”',
      choices: {
        flatCut: '不逐项审了，按最高投标限价整体下浮7%',
        crossCheck: '陈工和赵工对照图纸逐项复核清单，按分项施工方案组价，报价控制在最高投标限价的93%左右',
        nearCap: '按限价的99%报，利润留足，反正我们技术分高',
      },
    },
    technical: {
      title: '技术方案编制（6.5）',
      speaker: '技术 赵工',
      lessonLinks: ['6.5'],
      prompt: '{daysNote}技术标占40分。赵工：“方案目录今天得定下来，分工才能往下走。”',
      choices: {
        everything: '越厚越好：把公司所有工法、专利、获奖都放进去，写到200页',
        template: '用公司标准施工组织设计模板，改改项目名称和工程概况',
        tailored: '对照评分细则逐条定目录、分工写初稿；重难点章节用前期与城投工程部沟通掌握的现场条件来写',
      },
    },
    review: {
      title: '合成、互审与模拟评审（6.6–6.8）',
      speaker: '投标小组',
      lessonLinks: ['6.6', '6.7', '6.8'],
      prompt: '{daysNote}技术标、商务标、报价各自有了初稿，要合成了。',
      choices: {
        full: '合成后交叉互审（商务查技术、技术查商务、造价核全部数字），再请两位没参与编制的同事按评分办法模拟评审，列问题清单整改',
        crossOnly: '合成后各专业交叉互审，模拟评审就不做了',
        skip: '时间太紧，合成后直接定稿',
      },
    },
    packaging: {
      title: '定稿、打印、封装、送达（6.9–6.10）',
      speaker: '商务 孙经理',
      lessonLinks: ['6.9', '6.10'],
      prompt:
        '{daysNote}招标文件要求：纸质投标文件正本1份、副本4份，按要求签字盖章，密封并在封口加盖公章，' +
        '在{deadline} 9:30前送达开标地点；电子投标文件在交易平台加密上传。{urgency}',
      choices: {
        rushed: '今晚打印装订，盖完章直接封，明早送过去',
        careful: '定稿后按检查表逐页核对签字、盖章、页码和★条款响应，双人复核后密封、标记，两人专程送达',
        courier: '打印好交给快递寄过去，省得专门派人跑一趟',
      },
    },
    upload: {
      title: '电子投标文件检查、上传（6.11）',
      speaker: '商务 孙经理',
      lessonLinks: ['6.11'],
      prompt:
        '{daysNote}纸质文件已经封好。电子投标文件要在交易平台加密上传，开标时用我方CA锁解密。怎么传？',
      choices: {
        lastMinute: '开标前一小时再传，防止提前泄密',
        noTest: '直接上传，拿到回执就行，解密测试没必要',
        earlyTest: '现在就传：先查CA锁的有效期和密码，加密上传、下载回执，再用平台的解密测试验证一遍',
      },
    },
    opening: {
      title: '开标礼仪与开标现场异议（6.12–6.13）',
      speaker: '旁白',
      lessonLinks: ['6.12', '6.13'],
      prompt:
        '{deadline} 9:30，开标。三家投标人到场，王经理宣布开标纪律，核验授权代表身份，请各方检查密封。' +
        '唱标时，王经理读出的我方投标报价少了一位数字，与我方投标函不一致。\n\n你是我方授权代表。怎么做？',
      choices: {
        laterLetter: '现场先不吭声，免得大家难堪，回去再写书面异议',
        objectOnSite: '当场举手，礼貌提出异议，请王经理核对投标函原件，更正后记入开标记录，再在开标记录上签字',
        followExpert: '散会后看到一位戴评委证的专家往评标区走，追上去递名片，介绍我方方案的亮点',
      },
    },
    presentation: {
      title: '述标与评标专家（6.14）',
      speaker: '评标委员会',
      lessonLinks: ['6.14'],
      prompt:
        '开标当天下午，评标委员会通知三家投标人依次述标：每家15分钟，另有5分钟答问。\n\n' +
        '中午，一位多年不联系的朋友发来消息：“评委里有位专家我认识，要不要我去打个招呼？事后给点‘咨询费’就行。”',
      choices: {
        promise: '述标时加码：当场承诺“中标后再优惠5%，工期再压20天”',
        bribe: '让朋友去打招呼，“咨询费”公司出',
        formal: '回绝朋友。按通知时间由项目经理在评标室述标：讲清重难点和★条款响应，答问只答事实，不做投标文件以外的承诺',
      },
    },
  },
  consequences: {
    'prepTech.align': {
      reaction: '马部长把管网迁改的几处难点讲得很细；李主任说评标办法会突出施工组织和类似业绩；王经理确认7月6日发标。你的书面建议按正常渠道交到了工程部。',
      feedback: '5.1.1–5.1.3 的准备做在发标之前：工程部关心的现场难点、招采部的评标办法、代理的时间表都提前掌握了。书面建议走正式渠道、由招标人决定采不采纳，这是合法的影响力。',
    },
    'prepTech.wait': {
      reaction: '一周过去，你对这个项目的了解和一周前一样多。',
      feedback: '发标后只有20多天，准备挤到那时只会更紧。发标前了解需求、评标办法和时间表不是“急”，是专业。',
    },
    'prepTech.tailor': {
      reaction: '',
      feedback: '让招标代理按我方产品量身定制★条款、透露其他潜在投标人，是投标人与招标人串通投标（招标投标法第32条），情节严重的构成串通投标罪（刑法第223条）；许诺“辛苦费”还叠加了行贿。',
    },
    'prepPartner.plan': {
      reaction: '老周有点失望，但授权书和供货价都谈妥了。刘总和法务评审了投标方案，批了人手和预算。',
      feedback: '5.1.4–5.1.5 做到位：合作伙伴只做合作伙伴，授权书、供货价和投标方案书面确定，公司评审后资源也有了保障。',
    },
    'prepPartner.oral': {
      reaction: '老周说“没问题，随时开”。方案在你脑子里，公司里除了你没人清楚。',
      feedback: '口头约定最容易在关键时刻掉链子：授权书要临时去催，投标方案没经过评审，报价区间和人手都没人拍板。',
    },
    'prepPartner.rig': {
      reaction: '',
      feedback: '约定由合作伙伴报高价陪标、再拉一家凑数，是投标人相互串通投标（招标投标法第32条），构成串通投标罪（刑法第223条）。被查实的，中标无效，并处中标项目金额千分之五以上千分之十以下的罚款（招标投标法第53条）。',
    },
    'team.formNow': {
      reaction: '下午开了启动会：倒排计划贴在墙上，每个人知道自己哪天交什么。',
      feedback: '6.1 的要点是当天组队、确定投标负责人、技术商务造价全员到位。21天里，第一天最值钱。',
    },
    'team.soloStart': {
      reaction: '你和孙经理开始啃文件。赵工和陈工说“这周实在抽不出身”。',
      feedback: '技术和造价不在场，后面每项专业工作都要多花时间，技术方案也缺了专职的人。省下的人手，最后都会变成天数和分数。',
    },
    'team.waitBoss': {
      reaction: '7月16日，刘总回来开了启动会。墙上的倒排计划只剩11天。',
      feedback: '等领导开会才启动，白白丢了10天。团队和分工在5.1.5汇报时就该定好，发标当天直接开工。',
    },
    'analysis.thorough': {
      reaction: '两天后，★条款清单出来了：工期不超过180日历天、项目经理无在建项目、投标有效期90天。小李每天上午查一次交易平台。',
      feedback: '逐章通读、各专业列★条款和否决情形清单，再指定专人盯补遗，这是6.2的标准动作。',
    },
    'analysis.scoringOnly': {
      reaction: '资格条件和评分办法都过了一遍，其他章节先放着。',
      feedback: '只看评分办法，★实质性条款就可能漏掉（比如工期承诺），补遗也没人盯。能否被后面的互审兜住，要看运气和时间。',
    },
    'analysis.copyOld': {
      reaction: '老目录套上了。上次那个项目工期是210天，没人注意到这次不一样。',
      feedback: '每个招标文件的★条款都不一样。照搬老标书，最常见的后果就是★条款没响应——直接否决。',
    },
    'objection.formal.inTime': {
      reaction: '书面异议当天送达。招标人暂停了相关活动，3日内书面答复，并发出澄清：评分项改为不限地域的“类似业绩”。',
      feedback: '在截止时间10日前书面提出、有理有据、有明确请求，招标人3日内答复（实施条例第22条）。我方多拿4分，也没有得罪谁。',
    },
    'objection.formal.late': {
      reaction: '王经理回复：已超过投标截止时间10日前的异议期限，不予受理。',
      feedback: '异议本身写得没错，但过了“截止时间10日前”这个时限（实施条例第22条）。前面组队、读文件拖掉的天数，在这里变成了实打实的4分。',
    },
    'objection.phone': {
      reaction: '王经理客气地说“我反映一下”，之后再无下文。',
      feedback: '电话抱怨不是异议：没有书面材料、没有明确请求，招标人无从答复，也不留任何记录。评分项原样保留，你少拿4分。',
    },
    'objection.accept': {
      reaction: '评分项原样保留，我方在这一项上只能拿2分。',
      feedback: '不提异议也是一种选择，但这4分是主动放弃的。依法、书面、在时限内提出的异议，专业的招标人不会当成“找麻烦”。',
    },
    'qualification.fullCheck': {
      reaction: '失分项清单只剩两条，都补上了。还查出CA锁证书7月20日到期，当天去CA中心续了期——开标解密要用它。',
      feedback: '逐项自查把能拿的商务分都拿到了，证件和CA锁的有效期也一并排除了隐患。项目经理如实填报，少1分，但没有任何否决风险。',
    },
    'qualification.fullCheck.fetchAuth': {
      reaction: '自查发现制造商授权书（评分项）还没开，多花一天找老周补开。还查出CA锁证书7月20日到期，当天续了期。',
      feedback: '逐项自查把口头约定留下的窟窿补上了，CA锁隐患也排除了；代价是多花一天。授权书在5.1.4就该谈定。',
    },
    'qualification.qualOnly': {
      reaction: '资格条件都满足。评分项的材料有多少放多少。',
      feedback: '资格过了不等于分拿到了。评分项没逐条对照，商务分丢在细节里；证件和CA锁的有效期也没人看。',
    },
    'qualification.qualOnly.noAuth': {
      reaction: '资格条件都满足。制造商授权书还在老周那里，没人想起来要。',
      feedback: '评分项没逐条对照，制造商授权书一直没开，这一项直接失分；CA锁的有效期也没人看。',
    },
    'qualification.borrowPm': {
      reaction: '李工的名字填上了，“无在建项目”的承诺函也盖了章。',
      feedback: '虚假承诺是弄虚作假。评标委员会会在公共平台核查项目经理的在建项目，★条款不满足直接否决投标；这种事一旦查实，代价远不止一个标。',
    },
    'cost.crossCheck': {
      reaction: '对图发现清单少算了一段管沟土方和6座检查井，按招标文件规定的方式处理并在报价中考虑。最终报价约1,190万元。',
      feedback: '对照图纸逐项复核清单、按分项施工方案组价，报价稳稳在限价之下，中标后也不会亏在漏项上。5.1.4阶段谈定了供货价的，报价还更有竞争力。',
    },
    'cost.flatCut': {
      reaction: '半天就出了报价。清单和图纸对没对上，没人知道。',
      feedback: '整体下浮看起来快，清单漏项和单价倒挂却一个也没发现：评标时的算术性修正、将来的结算，都会找上门。',
    },
    'cost.nearCap.safe': {
      reaction: '报价按新限价1,280万元的99%报出，约1,267万元。',
      feedback: '贴着限价报，报价分只剩28分左右，技术分再高也补不回来。报价要算，不要赌。',
    },
    'cost.nearCap.over': {
      reaction: '报价按1,320万元的99%报出，约1,306.8万元。',
      feedback: '没人盯补遗：7月10日的补遗已把最高投标限价调整为1,280万元，1,306.8万元超了限价。招标文件规定，超过最高投标限价的投标否决。',
    },
    'technical.tailored': {
      reaction: '目录与评分细则一一对应。前期摸清的管线迁改难点写成了单独一章。',
      feedback: '评委按评分细则打分：目录对着细则走，评委找得到、对得上；前期与工程部沟通的现场条件写进重难点，一看就懂这个项目。没有专职技术人员时，这一章最吃亏。',
    },
    'technical.template': {
      reaction: '一天就出了初稿，180页，格式漂亮。',
      feedback: '模板方案评委一眼就看得出：没有针对性，还容易残留别的项目名称——这种低级错误会被扣分。',
    },
    'technical.everything': {
      reaction: '方案写到了200页，赵工熬了几个通宵。',
      feedback: '厚不等于好。评委的时间有限，找不到响应点就不给分，还多花了好几天。',
    },
    'review.full': {
      reaction: '模拟评审列出了14个问题，逐条整改：★条款响应表、报价与最新限价、清单漏项、残留的项目名称都查过了。',
      feedback: '模拟评审是开标前最后一道防线：用评委的眼睛把★条款、报价、数字和错别字都过一遍，整改后技术分还能再提一截。',
    },
    'review.crossOnly': {
      reaction: '互审找出了几处漏响应和错别字，都改了。',
      feedback: '互审能查出★条款漏响应和文字错误，但不按评分办法打一遍分，报价和得分上的问题就发现不了。',
    },
    'review.skip': {
      reaction: '合成完直接定稿，没有第二双眼睛看过。',
      feedback: '没有互审、没有模拟评审，所有错误都原样带进开标现场。',
    },
    'packaging.careful': {
      reaction: '检查表逐项打勾，双人复核签字，密封、标记完毕。开标当天，两人提前一小时送到开标地点。',
      feedback: '定稿检查、双人复核、专人送达：6.9和6.10最朴素，也最不能省。',
    },
    'packaging.careful.late': {
      reaction: '检查、打印、复核花了一整天，送到开标室时开标已经开始。',
      feedback: '每个环节都做对了，可时间早就不够了：截止后送达的投标文件，招标人拒收。',
    },
    'packaging.rushed': {
      reaction: '连夜打印装订，第二天一早送到。好在前面互审过，签字盖章都齐。',
      feedback: '这次赶上了，也没出错——前面的互审兜住了签字盖章。但“今晚打印、明早送”没有给意外留任何余量。',
    },
    'packaging.rushed.unsigned': {
      reaction: '连夜打印装订，第二天一早送到。没人注意到投标函那页少了法定代表人签字。',
      feedback: '没有复核，前面又没有互审兜底：投标函漏签字这类实质性缺陷，评标时直接否决。',
    },
    'packaging.rushed.late': {
      reaction: '截止当天早上才开始打印，装订机卡纸、路上堵车，9:41才到开标室。',
      feedback: '把打印留到截止当天早上，任何小意外都会变成逾期。截止后送达的投标文件，招标人拒收。',
    },
    'packaging.courier': {
      reaction: '快递按时签收了，签收人是前台，投标文件在前台放了一个上午。',
      feedback: '赶上了，但把风险交给了别人：签收人、送达时间、封装完好都不在你的掌控里。',
    },
    'packaging.courier.late': {
      reaction: '快递在途一天，送到时已经过了投标截止时间。',
      feedback: '打印一天、在途一天，时间根本不够。截止后送达的投标文件，招标人拒收。',
    },
    'upload.earlyTest': {
      reaction: '上传成功，回执已下载，解密测试通过。',
      feedback: '上传、回执、解密测试一次做完；CA锁在资格自查时已经续期。6.11就该这样做。',
    },
    'upload.earlyTest.renewed': {
      reaction: '检查发现CA锁证书7月20日到期，开标时解不了密。孙经理跑了一趟CA中心续期，重新加密上传，解密测试通过。',
      feedback: '早检查救了这个标，但多花了一天：CA锁的有效期本该在6.3自查时一并查掉。',
    },
    'upload.earlyTest.tooLate': {
      reaction: '今天就是截止日，检查才发现CA锁证书7月20日已经到期，续期来不及。',
      feedback: '检查做得对，可做得太晚了：电子投标文件没能在截止前上传。CA锁的有效期应在6.3自查时一并检查。',
    },
    'upload.noTest': {
      reaction: '上传成功，拿到回执。',
      feedback: 'CA锁之前续过期，这次没出事。但解密测试只要几分钟，不做就是在赌。',
    },
    'upload.noTest.decryptFail': {
      reaction: '上传成功，拿到回执。没人想到CA锁证书7月20日就已经到期。',
      feedback: '回执只证明上传了，不证明打得开：开标时CA锁证书已过期，解密失败，投标文件无法开启。',
    },
    'upload.lastMinute': {
      reaction: '开标前一小时平台拥堵，9:22才传完。',
      feedback: '赶上了，纯属运气。加密上传本身就防泄密，电子标越早传、越早做解密测试越安全。',
    },
    'upload.lastMinute.failed': {
      reaction: '开标前一小时登录平台，提示CA锁证书已过期，续期来不及。',
      feedback: '把上传留到最后一小时，又没查过CA锁，电子投标文件没能在截止前上传。',
    },
    'opening.objectOnSite': {
      reaction: '王经理核对投标函原件，当场更正报价并记入开标记录，你核对后签了字。',
      feedback: '对开标有异议，应当在开标现场提出，招标人当场答复并制作记录（实施条例第44条）。礼貌、具体、当场——这就是6.12–6.13的要领。',
    },
    'opening.laterLetter': {
      reaction: '开标记录上，我方报价仍是错的。第二天你寄出书面异议，王经理回复：开标异议应在开标现场提出。',
      feedback: '开标异议只能在开标现场提出（实施条例第44条）；事后再写，招标人不再受理，将来想投诉也缺了“先异议”这一步（实施条例第60条）。错误的记录只能等评标时澄清，平白多了风险。',
    },
    'opening.followExpert': {
      reaction: '',
      feedback: '评标委员会成员不得私下接触投标人（招标投标法第44条）。递名片、讲亮点，哪怕没送一分钱，也是私下接触；评标区有监控、有监督人员，你方的投标和整个评标都会因此被质疑。',
    },
    'presentation.formal': {
      reaction: '项目经理讲了12分钟，答问时只讲投标文件里写了的东西。评委问的两个问题，模拟评审时都练过。',
      feedback: '述标、演示、澄清只能在评标程序内正式进行（招标投标法第44条）。讲评分点、答事实，不做投标文件以外的承诺。',
    },
    'presentation.promise': {
      reaction: '评委组长提醒：评标以投标文件为准，口头承诺不予考虑。几位评委在本子上记了一笔。',
      feedback: '评标依据的是投标文件。述标时的口头加码评委不会采纳，反而显得前面的报价和工期不实在，技术分被压低。',
    },
    'presentation.bribe': {
      reaction: '',
      feedback: '以向评标委员会成员行贿的手段谋取中标，违反招标投标法第32条；评委不得收受投标人的财物或者其他好处（第44条）。查实后中标无效，处中标项目金额千分之五以上千分之十以下的罚款，情节严重的取消1至2年投标资格，构成犯罪的追究刑事责任（第53条）。',
    },
  },
  rejections: {
    decryptFail: { title: '投标文件无法解密', text: '开标时CA锁证书已过期，我方电子投标文件解密失败，无法开启。' },
    unsigned: { title: '投标函缺法定代表人签字', text: '评标委员会初步评审发现投标函缺法定代表人签字，按招标文件规定否决投标。' },
    missedStar: { title: '★条款未响应', text: '投标函里的工期沿用了公司模板的210日历天，而招标文件★条款要求不超过180日历天。实质性要求未响应，投标被否决。' },
    overCap: { title: '报价超过最高投标限价', text: '投标报价约1,306.8万元，超过补遗后的最高投标限价1,280万元，投标被否决。' },
    pmConflict: { title: '项目经理有在建项目', text: '评标委员会在公共平台核查到拟派项目经理李工有在建项目，与★条款和我方承诺不符，投标被否决。' },
  },
  lates: {
    paper: { title: '纸质投标文件逾期送达', text: '纸质投标文件在投标截止时间之后才送到，招标人拒收。' },
    upload: { title: '电子投标文件未能上传', text: 'CA锁证书过期，电子投标文件没能在投标截止时间前上传。' },
    unfinished: { title: '投标文件没能按时完成', text: '工作还没做完，投标截止时间就过了。' },
  },
  endings: {
    won: {
      title: '中标：综合得分第一',
      summary:
        '{table}中标候选人公示期满无异议，城投集团发出中标通知书。下一步：自中标通知书发出之日起30日内订立书面合同（招标投标法第46条），见第8章。',
      lessonLinks: ['6.2', '6.8', '6.11', '6.14'],
    },
    second: {
      title: '排名第二：差一点',
      summary:
        '{table}甲公司排名第一。第二名也是中标候选人，但除非第一名放弃中标或被查出问题，这个项目拿不到。看看下面的复盘，分丢在了哪几步。',
      lessonLinks: ['6.3', '6.8'],
    },
    third: {
      title: '排名第三：未中标',
      summary: '{table}三家里排最后。分数不是评标那天丢的，是前面二十天一项一项丢的。',
      lessonLinks: ['6.3', '6.5', '6.8', '7.2'],
    },
    rejected: {
      title: '否决投标：{rejectionTitle}',
      summary: '{rejectionText}技术、商务、报价分数都不再有意义。',
      lessonLinks: ['6.2', '6.7', '6.9'],
    },
    late: {
      title: '逾期：{lateTitle}',
      summary: '{lateText}二十多天的工作，输在了最后一天。',
      lessonLinks: ['6.1', '6.10', '6.11'],
    },
    collusionTenderee: {
      title: '合规失败：与招标人串通',
      summary:
        '王经理没有答应，你的请托也留下了聊天记录。与招标人串通投标，中标无效，公司和直接责任人都要受罚，情节严重的追究刑事责任。',
      article: '招标投标法第32条；刑法第223条',
      lessonLinks: ['4.2', '5.1.3'],
    },
    collusionBidders: {
      title: '合规失败：串通投标（陪标）',
      summary:
        '三家“投标人”的报价梯度整整齐齐，评标委员会一眼看出问题。投标人相互串通投标，中标无效，处中标项目金额千分之五以上千分之十以下的罚款，情节严重的取消1至2年投标资格（招标投标法第53条）。',
      article: '招标投标法第32条；刑法第223条',
      lessonLinks: ['4.2', '5.1.4'],
    },
    privateContact: {
      title: '合规失败：私下接触评标专家',
      summary:
        '现场监督人员当场制止，并记录在案。评标委员会成员不得私下接触投标人；述标、演示、澄清只能在评标程序内正式进行。',
      article: '招标投标法第44条',
      lessonLinks: ['4.2', '6.14'],
    },
    bribery: {
      title: '合规失败：向评标专家行贿',
      summary:
        '“打招呼”的消息传到了监督部门。以向评标委员会成员行贿的手段谋取中标：中标无效，处中标项目金额千分之五以上千分之十以下的罚款，单位直接负责人员另处罚款，情节严重的取消1至2年投标资格，构成犯罪的追究刑事责任。',
      article: '招标投标法第32条、第44条、第53条',
      lessonLinks: ['4.2', '6.14'],
    },
  },
  strongestPath:
    '发标前按5.1做足准备：与工程部对技术方案、向招采部了解招标方案、与代理确认时间表，合作伙伴只谈授权和供货价，投标方案报公司评审。' +
    '发标当天组队，技术、商务、造价全员到位；逐章分析招标文件，列★条款清单并专人盯补遗；对排斥性的评分条款在截止时间10日前书面提出异议。' +
    '逐项自查商务分并查CA锁有效期；对照图纸复核清单后组价；按评分细则写技术方案；互审加模拟评审。' +
    '提前一天打印复核、专人送达，提前上传并做解密测试；开标时当场更正错误记录；只在评标程序内正式述标。' +
    '任何时候都不串标、不陪标、不私下接触评委。',
};
