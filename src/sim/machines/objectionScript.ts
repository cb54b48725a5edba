/**
 * Every line the learner reads in the objection simulator. A trainer may reword anything here without
 * touching a guard. `{name}` placeholders are filled by the definition (dates, case terms); a text given
 * per case ({ works, gov }) or per route ({ objection, challenge }) is picked by the game's context.
 * Articles and periods: only from law-facts.md. Long because it is all dialogue, for two cases.
 */
import type { CaseId, Route } from './objectionClock';
import type { ChoiceId, EndingId, MeterId, StepId } from './objectionMachine';

export type Text = string | Record<CaseId, string> | Record<Route, string>;

export interface StepScript {
  /** The question in a few words, for the timeline and the debrief. */
  short: string;
  speaker: Text;
  prompt: Text;
  /** Extra paragraph when the score review (7.2) was done. */
  ifReviewed?: Text;
  choices: Partial<Record<ChoiceId, Text>>;
}

export interface EndingScript {
  title: Text;
  summary: Text;
  /** Extra paragraph when the learner held solid grounds. */
  ifSolid?: Text;
  /** For 合规失败: the article broken (law-facts.md); per case when the regimes differ. */
  article?: string | Partial<Record<CaseId, string>>;
  lessons: string[];
}

const terms = {
  works: {
    buyer: '招标人', buyerName: '某市城投集团', agent: '招标代理机构', agentName: '某工程咨询公司', agentPerson: '王经理',
    first: '异议', awardee: '中标人', leader: '刘总', notice: '中标候选人公示', body: '市住房和城乡建设局', project: '滨江片区道路及智慧停车设施建设工程',
  },
  gov: {
    buyer: '采购人', buyerName: '某区人民医院', agent: '采购代理机构', agentName: '某招标代理公司', agentPerson: '赵经理',
    first: '质疑', awardee: '中标供应商', leader: '刘院长', notice: '中标结果公告', body: '区财政局', project: '医院信息系统（HIS）升级改造项目',
  },
} as const;
export type TermId = keyof (typeof terms)['works'];

export const objectionScript = {
  title: '异议、质疑与投诉：两个没中标的项目',
  tagline: '读懂公示，分清招标投标与政府采购两套时钟，用证据依法争取结果，也守住客户。',
  terms,
  meters: { evidence: '证据充分度', relationship: '客户关系', risk: '合规风险' } satisfies Record<MeterId, string>,
  calendar: {
    today: '今天',
    published: { works: '中标候选人公示开始', gov: '中标结果公告发布' },
    noticeEnds: { works: '公示期最后一天', gov: '公告期限届满（质疑期从此起算）' },
    believed: { objection: '异议截止（按你选的规则）', challenge: '质疑截止（按你选的规则）' },
    filed: { works: '递交异议', gov: '递交质疑' },
    reply: { works: '招标人答复（3日，末日逢假期顺延）', gov: '答复期满（7个工作日）' },
    complaintBy: { works: '投诉截止（10日，异议答复期间不计）', gov: '投诉截止（答复期满后15个工作日）' },
    complaintOn: '递交投诉',
    acceptBy: { works: '受理决定期限（3个工作日）', gov: '审查受理期限（5个工作日）' },
    decideBy: '处理决定期限（30个工作日）',
  },
  steps: {
    pickCase: {
      short: '选择案例',
      speaker: '旁白',
      prompt:
        '九月底，中秋刚过，国庆长假就在眼前。你是公司的投标负责人，这个月有两个项目都没中标，各有各的规矩。\n\n先处理哪一个？两个案例都可以反复演练。',
      choices: {
        caseWorks: '案例一：城投集团的道路和停车设施施工项目',
        caseGov: '案例二：区人民医院的信息系统升级项目',
      },
    },
    publicity: {
      short: '读懂结果公示',
      speaker: '商务经理 小李',
      prompt: {
        works:
          '9月28日（周一）上午，市公共资源交易平台发布《滨江片区道路及智慧停车设施建设工程施工中标候选人公示》。\n\n招标人：某市城投集团（市属国有企业）；招标代理机构：某工程咨询公司（联系人 王经理）；资金来源：企业自筹及专项债。第一中标候选人：某路桥建设公司，报价8,460万元，拟派项目经理张某；第二中标候选人：我公司，报价8,390万元；第三中标候选人：某市政工程公司。\n\n公示期：2026年9月28日至9月30日。投标人或其他利害关系人对评标结果有异议的，应在公示期间以书面形式向招标人提出。\n\n小李：“报价最低还是第二。后天公示就结束了，接着就是国庆长假。怎么弄？”',
        gov:
          '9月29日（周二），省政府采购网发布《某区人民医院医院信息系统（HIS）升级改造项目中标结果公告》。\n\n采购人：某区人民医院（差额拨款事业单位）；采购代理机构：某招标代理公司（联系人 赵经理）；采购方式：公开招标；预算：1,280万元（财政性资金）。中标供应商：某医疗软件公司，中标金额1,236万元；主要标的：HIS系统升级及三年运维服务。评标委员会成员名单：略（5人）。公告期限：1个工作日。\n\n我公司报价1,198万元，综合排名第二。\n\n小李：“公告上写的也是招标、投标、评标委员会。明天公告就到期，后面紧接着国庆，还来得及提吗？”',
      },
      choices: {
        callCustomer: '马上给客户项目负责人打电话，问“为什么不是我们”',
        record: '逐项记下公示内容并截图存档：候选人排序、报价、项目经理或标的、公示或公告期限、提出渠道',
        skim: '看到不是我们就关了页面——快放假了，节后再细看',
        askBoss: '先报给分管副总周总，等明天开会定方向',
      },
    },
    analysis: {
      short: '分析没中标的原因',
      speaker: '销售总监 周总',
      prompt:
        '{today}，复盘会。技术、商务、造价的同事都在。\n\n周总：“我们报价最低还丢了，肯定有问题。”\n\n评分办法是综合评分法：价格分30分，商务分30分（类似项目业绩、项目经理或团队），技术分40分。你们手里有自己的投标文件、招标（采购）文件和评分办法，没有别家的评分表。',
      choices: {
        rigged: '认定是“内定”，让大家四处打听谁跟客户领导走得近',
        scoreReview: '对照评分办法逐项给自己打分，找出丢分点，再看哪些分差说不通',
        pressLeader: { works: '直接给城投集团分管副总刘总打电话，要他“给个说法”', gov: '直接找分管副院长刘院长，要他“给个说法”' },
        skipReview: '时间紧，复盘跳过，直接去挑中标人的毛病',
      },
    },
    grounds: {
      short: '找异议/质疑的真实依据',
      speaker: '旁白',
      prompt: {
        works:
          '{today}。你手上有公示内容、我方投标文件和招标文件。招标文件中的★条款写明：“拟派项目经理须为本单位注册建造师，投标截止日不得有在建项目。”\n\n同行老郑打来电话：“这次评标专家里有一位我熟，要不我约他出来喝个茶，你当面问问打分的事？”',
        gov:
          '{today}。采购文件的评分办法：“类似项目业绩”10分，每个三级医院HIS项目得2分，须附合同和验收报告。\n\n采购代理机构的经办人小孙私下发来微信：“评审打分表我这儿有，想看的话……你懂的。”下属已经准备好一张2,000元的购物卡。',
      },
      ifReviewed: {
        works: '复盘结论：价格分我们领先，差距出在商务分——对方“项目经理”一项拿了满分，我们被扣2分。问题可能在对方的项目经理身上。',
        gov: '复盘结论：价格分我们领先，差距出在业绩分——对方业绩满分，我们少了4分。对方真有那么多三级医院项目吗？',
      },
      choices: {
        rumour: { works: '采信行业群里的传言：“中标人和城投领导是老乡”，就以此为理由', gov: '采信同行传言：“中标人跟医院信息科关系好”，就以此为理由' },
        contactExpert: '让老郑约评标专家喝茶，“请教”一下打分情况',
        bribeAgent: '把购物卡送给小孙，先把打分表拿来看看',
        verify: {
          works: '到住建部门的公开查询平台查张某的注册单位和在建项目，截图并记下查询时间',
          gov: '对照中标人宣传资料里列的三级医院项目，逐个查各医院公开的中标结果公告，截图留存',
        },
        noGrounds: '没找到具体问题，理由就写“评标不公”',
      },
    },
    remedy: {
      short: '判断适用的法律和救济途径',
      speaker: '法务 孙律师',
      prompt:
        '{today}。孙律师：“先把三件事定下来：这个项目适用哪套规则、向谁提、期限怎么算。我来帮你写文书。”\n\n他提醒你：招标投标和政府采购的文书里都会出现“招标”“投标”“评标委员会”，不能凭这几个字判断；要看{buyerName}是什么性质的单位、采购的是什么、结果是以什么形式公布的。',
      choices: {
        complainDirect: '跳过前置程序，直接向监管部门投诉，力度更大',
        objection: '按招标投标法：在公示期内向招标人提出书面异议（期限按日历日算）',
        challenge: '按政府采购法：在7个工作日内向采购人或采购代理机构提出书面质疑（期限按工作日算）',
        accept: '不提了，接受结果',
      },
    },
    timing: {
      short: '确定递交时间',
      speaker: '法务 孙律师',
      prompt: {
        objection:
          '{today}。你定了按招标投标法提异议。按这个规则，最后一天是{lastDay}。文书今天就能定稿：事实、依据（招标文件条款）、请求、证明材料一一对应。\n\n日历上标着国庆假期和10月10日（周六）调休上班。什么时候递交？',
        challenge:
          '{today}。你定了按政府采购法提质疑。按这个规则，最后一天是{lastDay}。文书今天就能定稿：事实、依据（采购文件条款）、请求、证明材料一一对应。\n\n日历上标着国庆假期和10月10日（周六）调休上班。什么时候递交？',
      },
      choices: {
        fileLastDay: '用足期限：{lastDay}再递交，多找些材料',
        fileToday: '今天就书面递交——{today}，并留好签收凭证',
        fileMiscount: {
          objection: '{miscount}递交——公示期末日赶上国庆，应该顺延到节后',
          challenge: '{miscount}递交——7个工作日里，调休上班的那个周六不算',
        },
        giveUp: '想了想，还是不提了',
      },
    },
    replyUpheld: {
      short: '分析答复（成立）',
      speaker: { works: '招标代理 王经理', gov: '采购代理 赵经理' },
      prompt: {
        works:
          '{today}，招标人的书面答复到了：经组织原评标委员会复核，第一中标候选人拟派项目经理在投标截止日有在建项目，不满足招标文件实质性要求，其投标应予否决；招标人将依法另行确定中标人。\n\n王经理：“你们的材料很扎实，后续按程序走。”',
        gov:
          '{today}，采购代理机构的书面答复到了：经核查，中标供应商投标文件所附“某市中医院HIS项目”业绩与事实不符，不予认定；采购人将依法另行确定中标供应商或重新开展采购活动。\n\n赵经理：“你们的质疑函写得清楚，证据也对得上。”',
      },
      choices: {
        demandAward: { works: '要求招标人马上承诺把项目给我们', gov: '要求医院马上承诺把项目给我们' },
        cooperate: '书面致谢，配合后续程序，不对外声张，同步准备签约和进场材料',
        gloat: '在行业群里发消息：“质疑成功，对方造假被抓”',
      },
    },
    replyRejected: {
      short: '分析答复（不成立），判断是否投诉',
      speaker: { works: '招标代理 王经理', gov: '采购代理 赵经理' },
      prompt: {
        works:
          '{today}，招标人书面答复：经复核，评标过程符合招标文件规定，异议所称问题依据不足，异议不成立。\n\n投诉期是10日，自知道之日起算，异议答复期间不计算在内——本案截至{complaintBy}。投诉要向有权受理的部门提出。',
        gov:
          '{today}，采购代理机构书面答复：经复核，评审过程符合采购文件规定，质疑事项依据不足，质疑不成立。\n\n对答复不满意，可以在答复期满后15个工作日内投诉——本案截至{complaintBy}。投诉要向有权受理的部门提出。',
      },
      choices: {
        waitLong: { works: '等刘总出差回来（两周后）当面谈谈，再决定投不投诉', gov: '等刘院长出差回来（两周后）当面谈谈，再决定投不投诉' },
        prepareComplaint: '逐条研究答复，准备投诉材料',
        acceptReply: '接受答复，不再投诉，把精力放回客户关系',
        threaten: {
          works: '给刘总发消息：“结果改回来，年底集团的年会我们全额赞助；不改，我们就到处反映，把事情闹大。”',
          gov: '给刘院长发消息：“结果改回来，明年医院的学术年会我们全额赞助；不改，我们就到处反映，把事情闹大。”',
        },
      },
    },
    complaint: {
      short: '投诉：向谁、凭什么',
      speaker: '商务经理 小李',
      prompt:
        '{today}。投诉书要写清：投诉人和被投诉人、明确的请求、事实和理由、证明材料，以及已经提出{first}、收到答复的情况。\n\n小李：“交给哪个部门？附什么材料？”',
      choices: {
        noEvidence: '先投了再说，理由写“评审不公”，证据请监管部门去查',
        wrongBody: { works: '向市财政局投诉，附异议书、答复和证明材料（项目用了专项债，财政管钱）', gov: '向区卫生健康委员会投诉，附质疑函、答复和证明材料（医院归卫健委管）' },
        rightBody: {
          works: '向市住房和城乡建设局（本项目的行政监督部门）投诉，附异议书、招标人答复和平台核验截图，写明请求',
          gov: '向区财政局（同级政府采购监督管理部门）投诉，附质疑函、答复和各医院公告截图，写明请求',
        },
        fabricate: '证据不够硬，让人做一份“中标人与评委串通”的聊天截图附上',
        bribeOfficial: '托人给区财政局负责投诉处理的科长送两条好烟，请他“多关照”',
      },
    },
    followUp: {
      short: '协调处理，维护客户',
      speaker: '销售总监 周总',
      prompt: {
        works: '{today}。{outcomeLine}\n\n周总：“城投明年还有二期。这一单之后，我们和他们怎么相处？”',
        gov: '{today}。{outcomeLine}\n\n周总：“医院明年还有信息化规划。这一单之后，我们和他们怎么相处？”',
      },
      choices: {
        blastOnline: '在朋友圈和行业群发文，说这个项目“暗箱操作”',
        formalDebrief: {
          works: '约城投集团招采部陈部长正式沟通：说明我们依法提出的理由，感谢配合，了解二期的计划和要求',
          gov: '约医院采购办陈主任正式沟通：说明我们依法提出的理由，感谢配合，了解明年的信息化规划',
        },
        goSilent: '不再联系，等下一个公告',
      },
    },
  } satisfies Record<StepId, StepScript>,
  /** The first line of the follow-up, by how the challenge went. */
  outcomeLines: {
    won: { works: '中标结果已经改变：我公司被依法确定为中标人。', gov: '中标结果已经改变：我公司被依法确定为中标供应商。' },
    lost: { works: '异议、投诉走完了，结果没有改变。', gov: '质疑、投诉走完了，结果没有改变。' },
    accepted: '你决定不再争这个项目。',
  },
  feedback: {
    'publicity.record': '公示是第一手证据：排序、报价、项目经理、期限和提出渠道，之后的每一步都要引用它。截图并记下时间，公示结束后网页可能撤下。',
    'publicity.callCustomer': '结果出来后第一时间追问客户，对方既不能、也不该透露评审情况，只会觉得被施压。先读公示，再走程序。',
    'publicity.askBoss': '报告领导没错，但等一天开会就少一天。节前公示的项目，期限按天算，能当天决定的就当天决定。',
    'publicity.skim.works': '招标投标项目的异议必须在公示期内提出（实施条例第54条）。公示期9月28日至9月30日，“节后再看”等于放弃了异议，也就失去了就评标结果投诉的前提。',
    'publicity.skim.gov': '政府采购的质疑期按工作日算，节后还有时间，但你白白丢掉了节前的几天，后面每一步都更紧。',
    'analysis.scoreReview': '对照评分办法给自己打分，能看出分差在哪一项，也能看出哪一项“说不通”。这是判断有没有依据、值不值得提的基础。',
    'analysis.rigged': '“内定”是结论，不是证据。四处打听既找不到能用的材料，还可能传到客户耳朵里，伤关系、添风险。',
    'analysis.pressLeader': '向客户领导要说法，是把程序问题变成人情压力。领导不能干预评标结果，你也失去了他对你的信任。',
    'analysis.skipReview': '跳过复盘能省一天，但你不知道分差在哪，后面只能凭感觉找问题。',
    'grounds.verify.works': '查到了：张某在平台上显示为另一在建项目（某区污水管网工程）的项目经理，合同工期到明年6月。这正对上★条款——“事实 + 条款 + 证明材料”，是站得住的异议理由。',
    'grounds.verify.gov': '查到了：中标人宣传资料里的“某市中医院HIS项目”，该院的中标结果公告显示中标人是另一家公司。如果对方投标时用了这个业绩，业绩分就不该得。可以请采购人核实投标文件中的合同和验收报告。',
    'grounds.rumour': '传言不是证据。以“老乡关系”为理由，对方只需一句“查无实据”就能答复，你还要为传播未经证实的说法担风险。',
    'grounds.noGrounds': '没找到具体问题时，“评标不公”四个字很难成立。可以考虑接受结果，把精力放在客户关系和下一个项目上。',
    'grounds.contactExpert': '评标委员会成员不得私下接触投标人（招标投标法第44条）。你去约专家，就是让他违纪，也让你的异议失去正当性。评审情况只能通过异议、投诉程序来查。',
    'grounds.bribeAgent': '给代理机构经办人送购物卡换评审资料，是商业贿赂（反不正当竞争法），数额较大即构成对非国家工作人员行贿罪（刑法第164条）。评审资料保密，想核实就走质疑程序。',
    'remedy.objection.right': '判断对了：工程建设项目、招标人是国有企业、公布的是“中标候选人公示”——适用招标投标法及实施条例。异议向招标人提出，在公示期内，按日历日算。',
    'remedy.objection.wrong': '判断错了：采购人是区人民医院（事业单位），用的是财政性资金，公布的是“中标结果公告”，公告期限1个工作日——这是政府采购。应当向采购人或采购代理机构书面质疑，7个工作日内，按工作日算。',
    'remedy.challenge.right': '判断对了：采购人是事业单位、财政性资金、发布“中标结果公告”——适用政府采购法。质疑在公告期限届满后7个工作日内书面提出（政府采购法第52条、94号令第10条），按工作日算。',
    'remedy.challenge.wrong': '判断错了：这是依法必须招标的工程项目，招标人是国有企业，发布的是“中标候选人公示”——适用招标投标法及实施条例。专项债不会把它变成政府采购。对评标结果要在公示期内向招标人提出异议（实施条例第54条）。',
    'remedy.complainDirect': '就评标结果投诉，必须先提异议（实施条例第60条）；政府采购的投诉前也必须先质疑（政府采购法第55条）。跳过前置程序，投诉不会被受理。',
    'remedy.accept.solid': '你手里有能对上条款的证据，却放弃了依法提出的权利。依法、有据地提出，本身就是正当的商业行为，不会因此得罪规范的客户。',
    'remedy.accept.weak': '没有站得住的依据时不提，是冷静的判断：硬提一个会被驳回的异议或质疑，既耗精力也伤关系。',
    'timing.fileToday': '当天书面递交，留好签收凭证。期限是底线不是目标：越早递交，对方答复越早，后面投诉的时间也越宽裕。',
    'timing.fileToday.late': '今天递交已经晚了：依法的期限已经过去，对方可以不予受理。',
    'timing.fileLastDay': '最后一天递交，依法有效，但没有任何余地：系统故障、签收人不在，都可能让你错过。',
    'timing.fileLastDay.late': '按你选的规则算出的“最后一天”，对这个项目来说已经晚了——规则选错，期限就算错。',
    'timing.fileMiscount.lucky': '这个日期算法不对，只是这个项目的真实期限更长，侥幸赶上了。',
    'timing.fileMiscount.late.objection': '算错了。对评标结果的异议只能在公示期内提出，公示期以公示写明的起止日期为准，不会因为后面的国庆假期顺延。',
    'timing.fileMiscount.late.challenge': '算错了。政府采购的工作日按国务院的放假安排算：国庆假期不算，10月10日（周六）调休上班要算。从9月30日起算的7个工作日，到10月15日就届满了。',
    'timing.giveUp': '文书都准备好了又放弃。如果依据站得住，这是把本可以争取的结果拱手让人。',
    'replyUpheld.cooperate': '结果已经改变，接下来要让客户放心：配合程序、不声张，把签约和进场准备在前面。',
    'replyUpheld.gloat': '在群里宣扬“对方造假被抓”，让招标人和代理机构很难堪，也可能引来对方的反击。赢了也要给客户留面子。',
    'replyUpheld.demandAward': '另行确定中标人或重新评审都有法定程序，客户不能、也不会当场承诺。逼对方表态只会让人反感。',
    'replyRejected.prepareComplaint.solid': '答复没有回应你的核心证据，证据又对得上条款，值得依法投诉。先核对投诉期限和受理部门。',
    'replyRejected.prepareComplaint.weak': '依据偏弱，投诉成功的可能不大。可以投，但要想清楚代价。',
    'replyRejected.prepareComplaint.none': '没有具体事实和证明材料，投诉会被驳回。',
    'replyRejected.acceptReply.solid': '你手里的证据能对上条款，答复却没有回应。这时放弃，等于放弃了投诉这条法定途径。',
    'replyRejected.acceptReply.weak': '依据不足时接受答复，把精力放回客户关系，是成熟的选择。',
    'replyRejected.waitLong.works': '招标投标的投诉期是10日，按日历日算（实施条例第60条）。等两周，投诉期早就过了。',
    'replyRejected.waitLong.gov': '政府采购的投诉期是答复期满后15个工作日，等两周还来得及，但时间已经被吃掉了一大半。',
    'replyRejected.threaten': '许以赞助换结果，是为谋取不正当利益给予国有单位财物——对单位行贿（刑法第391条）；再加上“闹大”的要挟，客户只会把消息截图交给纪检。法律给你的路是投诉。',
    'complaint.rightBody.solid': '找对了部门，请求明确，证据和异议（质疑）、答复环环相扣，这是能被受理、也能被支持的投诉。',
    'complaint.rightBody.weak': '部门找对了，但依据只是传言。监管部门会受理、会调查，最后多半驳回。',
    'complaint.rightBody.none': '部门找对了，但没有证明材料，投诉不会成立。',
    'complaint.rightBody.late': '投诉已经超过法定期限，监管部门不予受理。',
    'complaint.wrongBody.works': '工程建设项目的投诉向有关行政监督部门提出（实施条例第60条），本项目是市住建局。财政局管政府采购的投诉，不管这个项目。',
    'complaint.wrongBody.gov': '政府采购的投诉向同级政府采购监督管理部门提出（政府采购法第55条），也就是区财政局。卫健委是医院的主管部门，不受理采购投诉。',
    'complaint.noEvidence': '投诉要有明确的请求和必要的证明材料（招标投标项目见实施条例第60条）。“请监管部门去查”的投诉会被驳回。',
    'complaint.bribeOfficial': '给处理投诉的国家工作人员送财物，是行贿（刑法第389条、第390条），哪怕你的投诉本来有理。投诉靠证据和程序，不靠“关照”。',
    'complaint.fabricate': '伪造证据投诉，是把公司从“受害方”变成“违法方”：投诉会被驳回，公司和经办人都要承担法律责任，今后投标也会受影响。',
    'followUp.formalDebrief': '正式、坦诚的沟通让客户知道：你依法提出，是对事不对人；你关心的是他们的项目，也关心下一个。',
    'followUp.blastOnline': '公开指责“暗箱操作”，没有证据就是损害客户声誉。客户会记住，圈子也会记住。',
    'followUp.goSilent': '不联系不会出错，但关系会慢慢变冷。下一个项目开始时，你又要从头来过。',
  } as Record<string, string>,
  endings: {
    resultChanged: {
      title: { works: '结果改变：异议成立', gov: '结果改变：质疑成立' },
      summary: {
        works: '你在{filedOn}向招标人递交的书面异议附了公示截图和平台核验结果，对上了招标文件的★条款。招标人在{replyOn}答复异议成立，第一中标候选人的投标被否决，招标人依法确定排名第二的我公司为中标人。',
        gov: '你在{filedOn}递交的书面质疑附了评分比对和各医院公告截图。采购代理机构在{replyOn}答复质疑成立，虚假业绩不予认定，采购人依法另行确定我公司为中标供应商。',
      },
      lessons: ['7.3', '7.5', '7.6'],
    },
    complaintWon: {
      title: '结果改变：投诉成立',
      summary: '{first}答复没有采纳你的理由，你在{complaintOn}向{body}投诉，附了{first}书、答复和核验材料。监管部门在{acceptBy}前受理，在{decideBy}前作出处理决定：投诉成立，中标结果依法改变，我公司被确定为{awardee}。',
      lessons: ['7.6', '7.7'],
    },
    lawfulNoChange: {
      title: '依法争取，结果未变，客户还在',
      summary: '你在期限内依法提出了{first}，但依据不足，结果没有改变。好在过程规范、沟通得体，客户没有把这次争议当成个人恩怨，下一个项目的门还开着。',
      lessons: ['7.2', '7.3', '7.8'],
    },
    acceptedResult: {
      title: '接受结果，守住客户',
      summary: '你没有提出{first}。没有站得住的依据时，这是冷静的选择；把精力放在了解客户下一步的需要上，关系还在。',
      ifSolid: '不过复盘会上大家都知道：你手里其实有能对上条款的证据。本可以依法争取的项目，就这样让出去了。',
      lessons: ['7.2', '7.3', '7.8'],
    },
    relationshipLost: {
      title: '项目没拿到，客户也疏远了',
      summary: '结果没有改变，而一路上的施压、抱怨或公开指责，让客户把你们当成了“难缠的供应商”。下一个项目，你们可能连沟通的机会都没有。',
      lessons: ['7.2', '7.8'],
    },
    challengeLate: {
      title: { works: '权利丧失：错过公示期', gov: '权利丧失：质疑超期' },
      summary: {
        works: '你在{filedOn}才递交，而对评标结果的异议只能在公示期内提出，公示期{noticeEnds}就结束了（实施条例第54条）。招标人不予受理；就评标结果投诉又必须先提异议（第60条），这条路也断了。',
        gov: '你在{filedOn}才递交，而质疑期在{deadline}就届满了：公告期限届满后7个工作日，国庆假期不算、10月10日（周六）调休上班要算（政府采购法第52条、94号令第10条）。质疑超期不予受理，投诉也失去了前提。',
      },
      lessons: ['7.1', '7.4', '7.5'],
    },
    complaintLate: {
      title: '权利丧失：投诉超期',
      summary: {
        works: '投诉期是自知道之日起10日，异议答复期间不计算在内（实施条例第60条），本案截至{complaintBy}。你在{complaintOn}才投诉，监管部门不予受理。',
        gov: '投诉期是答复期满后15个工作日（政府采购法第55条、94号令第17条），本案截至{complaintBy}。你在{complaintOn}才投诉，财政部门不予受理。',
      },
      lessons: ['7.6', '7.7'],
    },
    rejectedNoPrior: {
      title: { works: '投诉不予受理：没有先提异议', gov: '投诉不予受理：没有先提质疑' },
      summary: {
        works: '就评标结果投诉，应当先向招标人提出异议（实施条例第60条）。你跳过了异议直接投诉，监管部门不予受理；等你回头再提，公示期也过了。',
        gov: '政府采购的投诉前必须已经依法质疑（政府采购法第55条、94号令第17条）。你跳过了质疑直接投诉，财政部门不予受理。',
      },
      lessons: ['7.4', '7.7'],
    },
    rejectedWrongBody: {
      title: '投诉不予受理：找错了部门',
      summary: {
        works: '工程建设项目的投诉应向有关行政监督部门提出，本项目是市住房和城乡建设局。你投到了市财政局，被告知不属于其受理范围；等你转投，投诉期已经所剩无几，材料也要重来。',
        gov: '政府采购的投诉应向同级政府采购监督管理部门提出，也就是区财政局。你投到了区卫健委，被告知不属于其受理范围。',
      },
      lessons: ['7.4', '7.7'],
    },
    rejectedNoEvidence: {
      title: '投诉被驳回：没有证据',
      summary: '投诉应当有明确的请求和必要的证明材料。你的投诉只有“评审不公”的判断，没有能核验的事实，监管部门依法驳回。投诉一次，客户那边的关系也受了伤。',
      lessons: ['7.3', '7.7'],
    },
    expertContact: {
      title: '合规失败：私下接触评标专家',
      summary: '评标委员会成员不得私下接触投标人，不得收受投标人的财物或其他好处。你通过熟人约专家“喝茶问分”，专家违纪，你方的异议也失去了正当性；一旦被举报，公司面临的不只是这一个项目。',
      article: '招标投标法第44条',
      lessons: ['6.14', '4.2', '7.3'],
    },
    bribeAgent: {
      title: '合规失败：行贿代理机构经办人',
      summary: '用购物卡换取保密的评审打分表，是商业贿赂；数额较大即构成对非国家工作人员行贿罪。你拿到的材料也不能用于质疑，反而成了公司违法的证据。',
      article: '刑法第164条',
      lessons: ['4.2', '7.3'],
    },
    fabricatedEvidence: {
      title: '合规失败：伪造证据投诉',
      summary: '投诉必须有明确的请求和真实的证明材料。伪造的聊天截图一经核查就会露馅：投诉被驳回，公司和经办人要承担法律责任，客户和监管部门都不会再信任你们。',
      article: '招标投标法实施条例第60条',
      lessons: ['7.3', '7.7'],
    },
    threat: {
      title: '合规失败：威胁加利诱，逼客户改结果',
      summary: '为了改结果，你许诺赞助、又以“闹大”相要挟。为谋取不正当利益给予国有单位财物，是对单位行贿；法律给了{first}和投诉这条路，要挟不在其中。消息被截图交给了纪检，客户把你们列为不再合作的供应商。',
      article: '刑法第391条',
      lessons: ['4.2', '7.6', '7.8'],
    },
    bribeOfficial: {
      title: '合规失败：向投诉处理人员行贿',
      summary: '你的投诉本来可以靠证据和程序解决，却托人给区财政局的经办科长送烟“关照”。为谋取不正当利益给予国家工作人员财物，是行贿；投诉结果即使对你有利也站不住，公司和经办人都要承担责任。',
      article: '刑法第389条、第390条',
      lessons: ['4.2', '7.7'],
    },
  } satisfies Record<EndingId, EndingScript>,
  strongestPath: {
    works:
      '最强路径：把公示逐项存档（7.1）；按评分办法复盘，找到失分点在项目经理（7.2）；到公开平台核实对方项目经理有在建项目，正对上★条款（7.3）。判断规则：工程建设项目、招标人是国有企业、发布的是“中标候选人公示”——适用招标投标法，对评标结果的异议只能在公示期内向招标人提出（实施条例第54条），按日历日算，节前只剩三天，所以当天书面递交（7.4–7.5）。招标人3日内答复，末日逢国庆顺延到10月8日；成立就配合程序、不声张（7.6）；不成立就在10日内（异议答复期间不计）向市住建局投诉，附证据（7.7，实施条例第60条）。最后和招采部门正式沟通，关系比这一单更长久（7.8）。',
    gov:
      '最强路径：把公告逐项存档（7.1）；复盘找到分差在业绩分（7.2）；逐个核对对方声称的业绩，找到不实之处（7.3）。判断规则：采购人是事业单位、用财政性资金、发布的是“中标结果公告”、公告期限1个工作日——这是政府采购。质疑在公告期限届满后7个工作日内书面提出（政府采购法第52条、94号令第10条）：从9月30日起算，国庆假期不算，10月10日（周六）调休上班要算，截止10月15日；越早递交越好（7.4–7.5）。答复期7个工作日（第53条）；不满意的，答复期满后15个工作日内向区财政局投诉，投诉前必须已经质疑（第55条、94号令第17条）（7.6–7.7）。最后和医院采购办正式沟通（7.8）。',
    none: '先选择一个案例开始演练。',
  },
  lessonsByStep: {
    pickCase: [], publicity: ['7.1'], analysis: ['7.2'], grounds: ['7.3'], remedy: ['7.4'], timing: ['7.5'],
    replyUpheld: ['7.6'], replyRejected: ['7.6'], complaint: ['7.7'], followUp: ['7.8'],
  } satisfies Record<StepId, string[]>,
  timingDebrief: { fileToday: '递交日：{filedOn}', fileLastDay: '递交日：{filedOn}', fileMiscount: '递交日：{filedOn}', giveUp: '放弃递交' },
};

export type ObjectionScript = typeof objectionScript;
