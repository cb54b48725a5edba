/**
 * The syllabus (shared/seed/syllabus.txt) as data. Every numbered item has a unique `id`;
 * `number` is what the heading shows. The seed numbers two items "8.2", so their ids differ
 * ("8.2" and "8.2b") while both headings read "8.2".
 * Unnumbered seed lines get an id but an empty `number`: the chapter-1 intro ("1"), the models line
 * under 2.8 ("2.models") and chapter 11, which the seed gives only as a title ("11").
 */
export interface SyllabusItem {
  id: string;
  number: string;
  title: string;
  chapter: number;
}

export interface SyllabusChapter {
  chapter: number;
  slug: string;
  title: string;
  /** The line the seed gives right after the chapter title, if any. */
  intro?: string;
  items: SyllabusItem[];
}

type Row = [id: string, title: string, number?: string];

function chapter(n: number, slug: string, title: string, intro: string | undefined, rows: Row[]): SyllabusChapter {
  return {
    chapter: n,
    slug,
    title,
    intro,
    items: rows.map(([id, itemTitle, number]) => ({ id, number: number ?? id, title: itemTitle, chapter: n })),
  };
}

export const syllabus: SyllabusChapter[] = [
  chapter(1, '01-decision-chain', '关键客户决策链', '关键客户：不需要筛选、甄别的大客户，或能提升本财年业绩的客户', [
    ['1', '什么是关键客户', ''],
    ['1.1.2', '关键客户分析'],
    ['1.1.3', '确定客户需求'],
    ['1.1.4', '关键客户采购分析'],
    ['1.2', '关键客户决策链'],
  ]),
  chapter(2, '02-key-person-channel', '决策关键人的频道', undefined, [
    ['2.1', '客户频道理论'],
    ['2.2', '基本信息'],
    ['2.3', '家庭情况'],
    ['2.4', '同学战友'],
    ['2.5', '旁系朋友'],
    ['2.6', '领导同事'],
    ['2.7', '朋友圈'],
    ['2.8', '潜在需求'],
    ['2.models', '马斯洛需求层次理论、购买心理学理论、冰山理论', ''],
  ]),
  chapter(3, '03-account-contact', '关键客户接触', undefined, [
    ['3.1', '关键客户管理团队建设'],
    ['3.1.1', '组建关键客户管理团队'],
    ['3.1.2', '高层管理者'],
    ['3.1.3', '关键客户主管'],
    ['3.1.4', '关键客户经理'],
    ['3.2', '客户经理素养'],
    ['3.3', '关键客户接触'],
  ]),
  chapter(4, '04-earning-trust', '获取关键客户信任', undefined, [
    ['4.1', '学习关键客户知识：行业知识、企业知识、业务知识'],
    ['4.2', '学习法律法规和纪检监察的相关规定'],
    ['4.3', '让客户感到“被尊重、被关怀、被教育”'],
    ['4.4', '让客户感到忠诚、敬业、素质高，值得信赖'],
    ['4.5', '信任的表现：办小事、花小钱、进小屋、收小礼'],
    ['4.6', '“对比效应”的应用'],
  ]),
  chapter(5, '05-tender-preparation', '招标', '获取客户信任后，进入招标环节', [
    ['5.1', '招标准备'],
    ['5.1.1', '与技术、工程部门沟通技术方案'],
    ['5.1.2', '与招采部门沟通招标方案'],
    ['5.1.3', '与招标代理沟通招标文件'],
    ['5.1.4', '与合作伙伴讨论投标方案'],
    ['5.1.5', '向相关部门汇报投标方案'],
  ]),
  chapter(6, '06-bidding', '投标', '拿到正式的招标文件后启动投标程序', [
    ['6.1', '成立投标团队，确定投标负责人'],
    ['6.2', '组织团队学习、分析招标文件'],
    ['6.3', '判断资格条件和评分因素'],
    ['6.4', '审查工程量清单，讨论造价方案'],
    ['6.5', '技术方案编制'],
    ['6.6', '投标文件合成、讨论'],
    ['6.7', '互相审查'],
    ['6.8', '模拟评审'],
    ['6.9', '投标文件定稿、检查'],
    ['6.10', '投标文件打印、检查、封装、运送'],
    ['6.11', '电子版投标文件检查、上传'],
    ['6.12', '开标礼仪、开标记录'],
    ['6.13', '开标现场的质疑或异议'],
    ['6.14', '与评标专家接触的礼仪和技巧'],
  ]),
  chapter(7, '07-challenges-and-complaints', '质疑、异议和投诉', '没中标，使用“经济救济”的权利', [
    ['7.1', '从中标公示中获取信息'],
    ['7.2', '分析没中标的原因'],
    ['7.3', '分析中标候选人和评标过程'],
    ['7.4', '学习法规，制定质疑、异议方案'],
    ['7.5', '提出质疑或异议'],
    ['7.6', '分析回复，判断是否投诉'],
    ['7.7', '投诉'],
    ['7.8', '协调处理'],
  ]),
  chapter(8, '08-contract-signing', '签约', '收到中标通知书后，30天内或按招标文件规定的时间签约', [
    ['8.1', '主动与客户采招部门沟通合同签订'],
    ['8.2', '学习合同模版'],
    ['8.2b', '与技术、财务部门沟通合同条款', '8.2'],
    ['8.3', '工程建设项目的专项合同条款'],
    ['8.4', '签订合同：完整信息、规范签章、生效条款'],
  ]),
  chapter(9, '09-project-delivery', '项目实施交付', undefined, [
    ['9.1', '开工准备'],
    ['9.2', '转包和分包'],
    ['9.3', '设计变更'],
    ['9.4', '工程量变更'],
    ['9.5', '签证'],
    ['9.6', '施工资料'],
  ]),
  chapter(10, '10-project-acceptance', '项目验收', undefined, [
    ['10.1', '验收准备'],
    ['10.2', '验收申请'],
    ['10.3', '验收组织'],
    ['10.4', '验收报告'],
    ['10.5', '验收资料整理'],
  ]),
  chapter(11, '11-collection', '回款', undefined, [['11', '回款', '']]),
];

export const allSyllabusItems: SyllabusItem[] = syllabus.flatMap((c) => c.items);

export function chapterBySlug(slug: string): SyllabusChapter | undefined {
  return syllabus.find((c) => c.slug === slug);
}

const syllabusOrder = new Map(allSyllabusItems.map((item, index) => [item.id, index]));

/** Orders syllabus ids ("7.4", "8.2b") as the course teaches them; unknown ids go last. For sort(). */
export function bySyllabusOrder(a: string, b: string): number {
  return (syllabusOrder.get(a) ?? Infinity) - (syllabusOrder.get(b) ?? Infinity) || 0;
}
