/**
 * Every line of the 签约 simulator: prompts, choice labels, what happened after each choice (reaction),
 * debrief feedback and endings. A trainer can reword anything here; ids must match signingMachine.ts
 * (the types enforce it). Long because it is the dialogue itself.
 * Legal numbers and articles come only from shared/reference/law-facts.md. The project is a 依法必须招标
 * works project, so 招标投标法 applies and its periods count 日 (calendar days).
 */
import type { ContractRisk, SignChoiceId, SignEndingId, SignFxKey, SignMeterId, SignStepId } from './signingMachine';

/**
 * Text is plain data (it travels to the browser as the island's props, not as JS), so lines that depend on the
 * game use `{slot}` templates, filled by definitions/signing.ts:
 * - step prompts: {today} {notice} {deadline} {signedOn} {bondDue} (dates as "9月2日（周三）"), {daysLeft},
 *   and {left} (the `daysLeftNote` line, itself filled);
 * - endings: {signedOn} {deadline}, {signedDay} (day of the signing counted from the notice; 30 = the last lawful
 *   day), {risks} (the `risks` lines of the contract's open risks, joined) and {lapse} (one of `lapseLines`).
 */

export interface SignStepText<S extends SignStepId> {
  title: string;
  speaker: string;
  lessonLinks: string[];
  /** Template: see the slots above. */
  prompt: string;
  choices: Record<SignChoiceId<S>, string>;
}

export interface ConsequenceText {
  /** Shown at the top of the next screen: what happened. */
  reaction: string;
  /** Debrief: why it was good or bad. */
  feedback: string;
}

export interface SignEndingText {
  title: string;
  /** Template: see the slots above. */
  summary: string;
  article?: string;
  lessonLinks: string[];
}

export interface SignScript {
  title: string;
  tagline: string;
  meters: Record<SignMeterId | 'daysLeft', { label: string; unit?: string }>;
  daysLeftNote: string;
  lapseLines: { signed: string; unsigned: string };
  calendar: Record<'today' | 'notice' | 'deadline' | 'signed' | 'bondDue', string>;
  steps: { [S in SignStepId]: SignStepText<S> };
  consequences: Record<SignFxKey, ConsequenceText>;
  risks: Record<ContractRisk, string>;
  endings: Record<SignEndingId, SignEndingText>;
  strongestPath: string;
}

export const signingScript: SignScript = {
  title: '签约：某区人民医院 · 门诊楼智慧化改造工程',
  tagline: '中标通知书发出后30日内签约：条款要吃透、付款要合规、签章要规范，补充协议一份也不能签。',
  meters: {
    daysLeft: { label: '距签约期限', unit: '天' },
    trust: { label: '客户信任' },
    termsRisk: { label: '合同风险' },
    cashflow: { label: '回款保障' },
  },
  daysLeftNote: '今天是{today}，离签约期限{deadline}还有{daysLeft}天。',
  lapseLines: { signed: '合同拖到{signedOn}（第{signedDay}天）才签，', unsigned: '到{deadline}合同仍未签订，' },
  calendar: {
    today: '今天',
    notice: '中标通知书发出',
    deadline: '签约期限：中标通知书发出之日起30日（招标投标法第46条）',
    signed: '合同签订',
    bondDue: '投标保证金最迟退还日（签约后5日，实施条例第57条）',
  },
  steps: {
    contact: {
      title: '与采购部门沟通签约（8.1）',
      speaker: '分管副总 刘总',
      lessonLinks: ['8.1'],
      prompt:
        '{notice}，某区人民医院发出中标通知书：门诊楼智慧化改造工程由我公司中标。' +
        '这是依法必须招标的工程，适用招标投标法：自中标通知书发出之日起30日内，按照招标文件和我方投标文件订立书面合同' +
        '（招标投标法第46条；政府采购项目同样是30日，政府采购法第46条）。最后一天是{deadline}。\n\n' +
        '刘总：“标是中了，合同没签之前都不算数。第一步你打算怎么走？”',
      choices: {
        wait: '等医院通知。甲方不急，我们也别催',
        call: '当天联系医院采购办：确认合同起草人、院内会签流程（法务、财务、院长办公会）和时间表，报上我方签约联系人和资料清单',
        ownTemplate: '直接把我们公司的标准合同范本发过去，请医院照此签订',
      },
    },
    template: {
      title: '学习合同模板（8.2）',
      speaker: '商务 孙经理',
      lessonLinks: ['8.2'],
      prompt:
        '{left}医院采购办发来合同文本：通用条款照搬招标文件第四章的合同条款，专用条款里有十几处待填、待明确的地方。这份合同怎么学？',
      choices: {
        skim: '只看价格和付款条款，其他照签',
        redline: '按公司标准合同，把对我们不利的条款全部改写，发回修订版',
        lineByLine: '商务、法务对照招标文件合同条款和我方投标文件逐条比对，列出“已定条款”（不能改）和“待填、待明确项”',
      },
    },
    colleagues: {
      title: '与技术、财务部门沟通合同条款（8.2）',
      speaker: '商务 孙经理',
      lessonLinks: ['8.2b'],
      prompt:
        '{left}待明确项集中在付款节点、验收标准、保修期和违约责任上。你怎么和公司技术、财务部门一起定我方意见？',
      choices: {
        salesAlone: '我自己拿主意，技术和财务签完再看',
        workshop: '开一次内部会：技术确认验收标准和工期节点，财务测算付款节点和资金占用，法务看违约责任和保修，形成我方意见清单',
        financeOnly: '只请财务看付款，验收标准等技术部以后再说',
      },
    },
    payment: {
      title: '中小企业的付款条款',
      speaker: '医院财务科',
      lessonLinks: ['8.2b', '11'],
      prompt:
        '{left}招标文件写的是“付款期限按国家有关规定执行，在合同中约定”。医院财务科在专用条款里填的是：' +
        '“每期进度款经确认后90日内支付；上级专项补助资金未到位的，付款相应顺延。”\n\n' +
        '我公司是中小企业，医院是事业单位。怎么回应？',
      choices: {
        acceptAll: '不想得罪客户，照单全收',
        cite: '书面提出：按《保障中小企业款项支付条例》，事业单位应自交付之日起30日内付款（以验收为条件的，自验收合格之日起算），合同另有约定的最长不超过60日，且不得以第三方付款作为付款条件；请改为验收合格后30日内支付，删除“补助资金到位”的条件',
        demandAdvance: '要求50%预付款，否则不签',
      },
    },
    bond: {
      title: '履约保证金的比例',
      speaker: '医院基建科 周科长',
      lessonLinks: ['8.2b', '4.2'],
      prompt:
        '{left}基建科周科长：“上一家施工单位拖过工期，这次履约保证金要交合同金额的15%。”' +
        '招标文件约定的是10%。怎么办？',
      choices: {
        payIt: '多交就多交，先把合同签了',
        lawfulCap: '说明依据：履约保证金不得超过中标合同金额的10%（实施条例第58条）；按招标文件约定的10%提交，用银行保函，同时把我方的工期保障措施讲给周科长听',
        refuseAny: '一分都不交，中标了就该信任我们',
        gift: '晚上给周科长送两张购物卡：保证金的事，还有以后的签证、验收，都请他多关照',
      },
    },
    construction: {
      title: '工程项目的专项条款（8.3）',
      speaker: '技术 赵工',
      lessonLinks: ['8.3', '9.2', '9.5', '10.1'],
      prompt:
        '{left}这是工程建设项目，专用条款里还有几项要落到纸面：设计变更和工程量变更怎么确认、怎么计价，' +
        '签证的流程和时限，工期顺延的情形，竣工验收怎么组织，哪些工作可以分包。',
      choices: {
        verbal: '周科长说“变更签证到时候好商量”，专项条款就不写了，显得信任',
        special: '和技术、造价一起把专项条款写清楚：变更和签证的书面确认流程、时限和计价原则；工期顺延的情形；竣工验收按建设工程质量管理条例第16条的条件组织，验收合格方可交付使用；非主体、非关键性工作经招标人同意方可分包',
        subcontractMain: '写上“主体结构可由我方合作单位施工”，给后面留点灵活',
      },
    },
    sideDeal: {
      title: '一份“不走会签”的补充协议',
      speaker: '医院基建科 吴副科长',
      lessonLinks: ['8.4', '4.2'],
      prompt:
        '{left}合同文本基本谈定。吴副科长私下找你：“合同按中标价签，走院里的流程。另外咱们再签个补充协议，不走会签：' +
        '你们再让利5%，外加三年免费维保。院里经费紧，你懂的。”',
      choices: {
        oral: '口头答应“后期再说”，先把主合同签了',
        sign: '签，就当是给客户的优惠，反正金额不大',
        refuse: '婉拒：合同的实质性内容只能按招标文件和投标文件签；确有合理需要的，按合同约定的变更程序书面办理',
      },
    },
    signing: {
      title: '签订合同：信息、签章、生效条款（8.4）',
      speaker: '商务 孙经理',
      lessonLinks: ['8.4'],
      prompt: '{left}合同文本定稿，双方法务都已确认。签约怎么安排？',
      choices: {
        stampFirst: '先在我方盖好章寄过去，空白处让医院自己填',
        waitChairman: '等董事长出差回来亲自签，更显重视（他下周回来）',
        complete: '核对合同金额（大小写）、工期、质量标准与中标通知书和投标文件一致；填全双方名称、地址、开户行；法定代表人或授权代表签字（附授权委托书），加盖合同专用章和骑缝章；写明“自双方签字并盖章之日起生效”',
      },
    },
    bondReturn: {
      title: '投标保证金的退还',
      speaker: '财务 钱会计',
      lessonLinks: ['8.4', '7.4'],
      prompt:
        '今天是{today}。合同已于{signedOn}签订。招标人最迟应在书面合同签订后5日内退还投标保证金及银行同期存款利息' +
        '（实施条例第57条），本项目最迟是{bondDue}。钱会计查了账：保证金还没有到。怎么办？',
      choices: {
        letGo: '金额不大，等他们想起来再说',
        complain: '直接向行政监督部门投诉',
        remind: '核对合同签订日期，发函给招标人和招标代理，依据实施条例第57条请其退还投标保证金及银行同期存款利息，同时电话跟进',
      },
    },
  },
  consequences: {
    'contact.call': {
      reaction: '采购办告诉你：合同由采购办起草，院内要经法务、财务会签，再上每周一的院长办公会。你把联系人和资料清单当天发了过去。',
      feedback: '8.1 的要点是主动：问清起草人、会签流程和时间表，30日的时钟才握在自己手里。',
    },
    'contact.wait': {
      reaction: '一周后，采购办来电：“合同文本早就发你们邮箱了，怎么没回音？”',
      feedback: '30日是法定时限，对双方都算数。等客户通知，等于把时钟交给别人，一周就这么没了。',
    },
    'contact.ownTemplate': {
      reaction: '五天后医院法务回复：合同按招标文件的合同条款签，你们的范本不采用。',
      feedback: '合同要按照招标文件和中标人的投标文件订立（招标投标法第46条）。拿自己的范本去套，只会被退回，还让客户觉得你不懂规矩。',
    },
    'template.lineByLine': {
      reaction: '比对表出来了：通用条款全部照招标文件，不能改；专用条款里的14处待填项，每一处都写了我方意见和依据。',
      feedback: '先分清哪些是招标文件定死的实质性内容（不能改），哪些是待填、待明确项（可以谈），谈判才有边界。',
    },
    'template.skim': {
      reaction: '价格和付款看过了，其他条款没人细读。',
      feedback: '只看价格和付款，验收、保修、违约责任里的坑都没看见，合同风险原样签进去。',
    },
    'template.redline': {
      reaction: '四天后修订版被退回：“招标文件的合同条款不接受修改。”采购办的口气冷了不少。',
      feedback: '中标后改写招标文件已定的条款，等于要求背离实质性内容，客户不可能接受；能谈的只有待填、待明确项。',
    },
    'colleagues.workshop': {
      reaction: '两小时的会定下了：验收按招标文件的技术标准分段进行，付款节点与验收节点挂钩，保修两年，违约责任对等。',
      feedback: '8.2 的第二件事：技术定验收标准，财务算付款和资金占用，法务看责任。签之前对齐，履约时才不扯皮。',
    },
    'colleagues.financeOnly': {
      reaction: '财务算清了资金占用，验收标准还空着。',
      feedback: '付款看了，验收标准没定：以验收为付款条件时，验收标准不清就等于付款时间不清。',
    },
    'colleagues.salesAlone': {
      reaction: '你在专用条款里填上了自己的判断。技术部看到时，合同已经签了。',
      feedback: '销售一个人定合同条款，验收标准、工期节点、资金占用都可能与公司能力不符，风险全部转到履约阶段。',
    },
    'payment.cite': {
      reaction: '财务科核对了我方的中小企业声明和付款测算，同意改为“验收合格后30日内支付”，删除了“补助资金到位”的条件。',
      feedback: '机关、事业单位向中小企业采购：30日内付款，另有约定的最长不超过60日；以验收为付款条件的，自验收合格之日起算；不得以第三方付款作为付款条件（保障中小企业款项支付条例）。有依据、有测算，客户改得也放心。',
    },
    'payment.cite.slow': {
      reaction: '财务科先要我方的中小企业声明和付款测算，公司财务没参与过，补材料又花了两天。最终改为“验收合格后30日内支付”，删除了“补助资金到位”的条件。',
      feedback: '依据说对了，付款条款也改过来了；但财务没提前参与，材料临时补，多花了两天。',
    },
    'payment.acceptAll': {
      reaction: '专用条款照填：90日付款，补助资金不到位就顺延。',
      feedback: '90日超过了60日的上限，以上级补助资金到位为条件，就是把第三方付款当作了付款条件——条例不允许，你却签了字。回款从此没有底。',
    },
    'payment.demandAdvance': {
      reaction: '医院拒绝：招标文件没有预付款约定。来回拉扯四天，付款条款还是原样。',
      feedback: '要求招标文件之外的预付款，客户不能答应，也不该答应。真正的依据就在条例里：30日、最长60日、不以第三方付款为条件。',
    },
    'bond.lawfulCap': {
      reaction: '周科长看了依据，点头：“按招标文件，10%，保函也行。”他更关心工期，你把我方的进度保障讲得很具体。',
      feedback: '履约保证金不得超过中标合同金额的10%（实施条例第58条）。讲依据、给方案，既守住底线，也回应了客户真正的担心。',
    },
    'bond.payIt': {
      reaction: '按15%交了履约保证金，多压了一笔钱。',
      feedback: '超过10%的要求本身就不合法（实施条例第58条）。多交的每一分钱都是被占用的现金流，也开了一个坏头。',
    },
    'bond.refuseAny': {
      reaction: '周科长脸色一沉：“招标文件写得清清楚楚。”四天后，你还是按10%交了。',
      feedback: '10%以内、招标文件约定的履约保证金是应尽义务。硬顶只会耗时间、伤信任，合法的那一半要求应当痛快答应。',
    },
    'bond.gift': {
      reaction: '',
      feedback: '公立医院基建科长是在事业单位中从事公务的人员。为了在保证金、签证、验收上得到“关照”送购物卡，是为谋取不正当利益给予国家工作人员财物，可能构成行贿罪（刑法第389条、第390条）。',
    },
    'construction.special': {
      reaction: '专项条款落到了纸面：变更和签证须经监理、发包人书面确认，答复时限写进合同；竣工验收条件写明；分包范围列明。',
      feedback: '工程合同的争议大多出在变更、签证和验收上。流程、时限、计价原则写进合同；竣工验收合格方可交付使用（建设工程质量管理条例第16条）；只有非主体、非关键性工作经招标人同意才能分包（招标投标法第48条）。',
    },
    'construction.verbal': {
      reaction: '专项条款空着。周科长说的“好商量”，没有留下一个字。',
      feedback: '口头的“好商量”经不起人员调整和结算审计。变更、签证、验收没有书面约定，结算时只能各说各话。',
    },
    'construction.subcontractMain': {
      reaction: '医院法务把这一条划掉，附了一句：“主体结构必须由总承包单位自行完成。”',
      feedback: '主体结构必须由总承包单位自行完成（建筑法第29条）；中标人只能将非主体、非关键性工作经招标人同意后分包（招标投标法第48条）。这样的条款只会让客户怀疑你的履约能力。',
    },
    'sideDeal.refuse': {
      reaction: '吴副科长没再提。合同按招标文件和投标文件定稿。',
      feedback: '招标人和中标人不得再行订立背离合同实质性内容的其他协议（招标投标法第46条、实施条例第57条）。婉拒、说明依据、给出合法的变更渠道，就是最好的回答。',
    },
    'sideDeal.oral': {
      reaction: '吴副科长笑了笑：“那就后期再说。”',
      feedback: '口头答应“后期再说”，等于给对方留了一张随时能兑现的欠条：将来要么违规补签，要么关系翻脸。当场就该说清楚不能签。',
    },
    'sideDeal.sign': {
      reaction: '',
      feedback: '让利、免费维保改变的是价格和服务范围，正是合同的实质性内容。招标人和中标人不得再行订立背离合同实质性内容的其他协议（招标投标法第46条、实施条例第57条）。',
    },
    'signing.complete': {
      reaction: '金额大小写、工期、质量标准逐项核对无误，签字、合同专用章、骑缝章齐全，生效条款清楚。',
      feedback: '8.4 的要点：信息填完整，金额、工期、质量与中标通知书和投标文件一致；有权的人签字、规范盖章；生效条款写明白。',
    },
    'signing.stampFirst': {
      reaction: '盖好章的合同寄了过去，几处空白由医院填写。',
      feedback: '盖了章的空白合同，填什么就由别人说了算：金额、日期、开户行都可能与投标文件不一致。',
    },
    'signing.waitChairman': {
      reaction: '董事长一周后回来，在合同上签了字。',
      feedback: '授权代表持授权委托书签字同样有效。为了“重视”把签约往后推，是拿法定期限冒险。',
    },
    'bondReturn.remind': {
      reaction: '招标代理回函致歉，三天后投标保证金和同期存款利息一并到账。',
      feedback: '最迟在书面合同签订后5日内退还投标保证金及银行同期存款利息（实施条例第57条）。按日期核对、书面催告、电话跟进，钱和利息都要回来。',
    },
    'bondReturn.letGo': {
      reaction: '一个月后，保证金还挂在账上。',
      feedback: '投标保证金和利息是公司的钱，退还有法定时限（实施条例第57条）。不催，往往就没人管了。',
    },
    'bondReturn.complain': {
      reaction: '监督部门的电话打到了医院。保证金第二天就退了，可采购办再见你时客气了许多，也疏远了许多。',
      feedback: '一封书面催告就能解决的事，直接投诉伤的是刚刚开始的合作。先书面催告，催告无果再考虑投诉。',
    },
  },
  risks: {
    payment: '付款条件不合规：90日付款、以补助资金到位为条件，回款没有保障。',
    bond: '多交了5%的履约保证金，现金被占用。',
    special: '变更、签证、验收没有书面约定，结算时各说各话。',
    oral: '口头答应过的“补充优惠”随时会被翻出来。',
    blanks: '空白处由对方填写，合同内容可能与投标文件不一致。',
    terms: '合同条款没有吃透，履约中的争议点很多。',
  },
  endings: {
    signedSound: {
      title: '按时签约，条款稳妥',
      summary:
        '合同于{signedOn}签订，是中标通知书发出后的第{signedDay}天，在30日期限之内。' +
        '付款条件合规、履约保证金按10%、专项条款齐全、签章规范。下一步：开工准备（第9章）。',
      lessonLinks: ['8.1', '8.4'],
    },
    signedRisky: {
      title: '按时签约，但带着风险',
      summary:
        '合同于{signedOn}签订（第{signedDay}天），没有超期。但合同里留下了这些问题：' +
        '{risks}这些都会在实施、验收和回款时找上门。',
      lessonLinks: ['8.2', '8.2b', '8.3'],
    },
    lapsed: {
      title: '超过30日未签约：中标面临风险',
      summary:
        '{lapse}' +
        '超过了自中标通知书发出之日起30日的签约期限（招标投标法第46条）。医院采购办已在请示是否取消我方中标资格：' +
        '招标文件约定，中标人无正当理由不按期签约的，招标人可以取消其中标资格，投标保证金不予退还。到手的项目，可能就这样丢了。',
      lessonLinks: ['8.1', '8.4'],
    },
    sideAgreement: {
      title: '合规失败：签订背离实质性内容的补充协议',
      summary:
        '补充协议在医院的内部审计中被发现。招标人和中标人不得再行订立背离合同实质性内容的其他协议；' +
        '这份协议经不起任何一次审计或巡视，双方经办人都要被追责。',
      article: '招标投标法第46条；实施条例第57条',
      lessonLinks: ['4.2', '8.4'],
    },
    bribery: {
      title: '合规失败：向医院管理人员送购物卡',
      summary:
        '购物卡在纪检部门的谈话中被说了出来。为谋取不正当利益给予国家工作人员财物，是行贿；合同签了，人也要被追究。',
      article: '刑法第389条、第390条',
      lessonLinks: ['4.2'],
    },
  },
  strongestPath:
    '拿到中标通知书当天就联系采购办，问清起草人、会签流程和时间表；对照招标文件和投标文件逐条学合同，分清不能改的和待明确的；' +
    '开内部会，让技术定验收标准、财务算付款、法务看责任；付款条款按保障中小企业款项支付条例提出（验收合格后30日内、不以第三方付款为条件）；' +
    '履约保证金按实施条例第58条不超过10%；把变更、签证、验收、分包写进专项条款；婉拒任何补充协议；' +
    '规范签字盖章、写明生效条款，在30日内签约；签约后按实施条例第57条催回投标保证金和利息。',
};
