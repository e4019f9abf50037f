"""Build the illustrative demo corpus of policytext.

The five documents below are ORIGINAL, FICTIONAL texts written for policytext: the city
("示例市"), its agencies' document numbers, the firms, people, figures and dates are
invented for illustration. They imitate the conventions of Chinese official documents
(公文) so that every stage of the pipeline has something realistic to work on. Telephone
numbers use the non-existent area code 0000.

Run from the repository root (needs ``python-docx`` and ``fpdf2``, plus a CJK TrueType
font to embed in the PDF, e.g. Debian ``fonts-wqy-zenhei``)::

    python corpora/demo/build_demo.py [--font /path/to/cjk.ttf]

The generated files are committed, so users need neither fpdf2 nor a font to read them.

Line markers in the sources (stripped from the output text):
``@red`` red masthead, ``@t`` title (centred, bold), ``@c`` centred, ``@r`` right-aligned,
``@table`` the docx table is inserted here. Other lines are body paragraphs.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTE = "illustrative, written for policytext; not a real document"
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
]

# ---------------------------------------------------------------------------
# 1. industry-chain action plan (docx)

NEV_PLAN = """\
@red 示例市人民政府办公室文件
@c 示政办〔2025〕12号
@t 示例市人民政府办公室关于印发《示例市新能源汽车产业链高质量发展行动方案（2025-2027年）》的通知
各区（县）人民政府，示例高新技术产业开发区管委会，市政府各部门、各直属机构：
《示例市新能源汽车产业链高质量发展行动方案（2025-2027年）》已经市政府同意，现印发给你们，请认真贯彻落实。
@r 示例市人民政府办公室
@r 2025年3月18日
（此件公开发布）
@t 示例市新能源汽车产业链高质量发展行动方案（2025-2027年）
为深入实施产业链“链长制”，加快推动新能源汽车产业链延链补链强链，打造具有区域竞争力的新能源汽车产业集群，结合我市实际，制定本方案。
一、总体要求
（一）指导思想。坚持创新驱动、链群协同、开放合作，以整车为牵引、以关键零部件为支撑、以应用场景为突破，推动新能源汽车产业规模化、智能化、绿色化发展。
（二）发展目标。到2027年，全市新能源汽车产量达到30万辆，产业链规模以上企业营业收入突破1200亿元，培育营业收入超百亿元的龙头企业3家、超十亿元的骨干企业15家，新增国家级专精特新“小巨人”企业10家；动力电池本地配套率达到60%以上，建成公共充电桩2.5万个，形成“整车+电池+电驱+智能网联”全链条发展格局。
二、组织架构
建立新能源汽车产业链链长制。由市长担任链长，副市长陈立新担任副链长，市工业和信息化局主要负责同志担任工作专班召集人。工作专班办公室设在市工业和信息化局，成员单位包括市发展改革委、市科技局、市财政局、市商务局、市自然资源和规划局、市市场监管局等部门。工作专班实行“一链一图、一链一策、一链一专班”工作机制，按月调度重点项目，按季度向链长报告工作进展。
三、重点任务
（一）做强整车龙头。支持示例星河新能源汽车有限公司（以下简称“星河汽车”）扩大高端车型产能，推进年产10万辆智能电动乘用车项目二期建设；推动示例重工集团有限公司发展新能源重卡和专用车。一是实施龙头企业“一企一策”服务，二是支持整车企业开放供应链体系，三是引导本地零部件企业进入整车配套目录。到2026年，星河汽车年产量达到15万辆。（牵头单位：市工业和信息化局；责任单位：市发展改革委、示例高新区管委会）
（二）补齐电池电驱短板。围绕动力电池、电驱动系统、电控系统等关键环节，支持示例蓝川动力电池股份有限公司（以下简称“蓝川电池”）建设固态电池中试线，引进电机电控配套企业5家以上。对新落户的核心零部件项目，按照固定资产投资额的5%给予最高2000万元补助。（牵头单位：市发展改革委；责任单位：市工业和信息化局、市科技局、市财政局）
（三）突破关键核心技术。实施新能源汽车关键核心技术攻关“揭榜挂帅”项目，每年发布技术榜单不少于10项，对揭榜成功的项目给予最高500万元资助。支持星河汽车联合示例理工大学共建示例市新能源汽车创新中心，争创省级制造业创新中心。（牵头单位：市科技局；责任单位：市工业和信息化局、市教育局）
（四）发展智能网联汽车。支持示例云岭智能网联科技有限公司（以下简称“云岭科技”）开展车路协同技术研发，在示例高新区建设智能网联汽车测试示范区，开放测试道路不少于100公里。推动自动驾驶出租车、无人配送车等场景示范应用。（牵头单位：市工业和信息化局；责任单位：市公安局、市交通运输局、示例高新区管委会）
（五）完善充换电基础设施。编制《示例市充电基础设施布局规划（2025-2030年）》，推进居住社区、公共停车场、高速公路服务区充电设施建设，到2027年建成换电站50座。（牵头单位：市发展改革委；责任单位：市住房城乡建设局、市交通运输局、国网示例供电公司）
（六）扩大推广应用。在公交、出租、环卫、邮政快递、城市物流等公共领域新增或更新车辆中，新能源汽车比例不低于80%。将符合条件的本地新能源汽车产品纳入政府采购目录，党政机关新购公务用车优先选用新能源汽车。组织开展“新能源汽车下乡”活动。（牵头单位：市商务局；责任单位：市财政局、市机关事务管理局、市交通运输局）
（七）强化标准与质量建设。支持龙头企业牵头或参与制定国家标准、行业标准，对主导制定国际标准、国家标准、行业标准的企业分别给予最高100万元、50万元、30万元奖励。建设新能源汽车产品质量检验检测公共服务平台。（牵头单位：市市场监管局；责任单位：市工业和信息化局）
四、保障措施
（一）加大财政金融支持。统筹市级产业发展专项资金，每年安排不少于5亿元支持新能源汽车产业链发展。设立规模50亿元的示例市新能源汽车产业投资基金，引导社会资本投向产业链关键环节。鼓励金融机构开发“链e贷”等供应链金融产品，对符合条件的中小企业贷款给予50%的贴息。（牵头单位：市财政局；责任单位：市地方金融管理局、人民银行示例市分行）
（二）落实税收优惠政策。全面落实高新技术企业所得税优惠、研发费用加计扣除、新能源汽车车辆购置税减免等政策，做到应享尽享。（牵头单位：国家税务总局示例市税务局；责任单位：市科技局、市财政局）
（三）强化人才支撑。将新能源汽车领域高层次人才纳入“示例英才”计划，对引进的顶尖人才团队给予最高1000万元项目资助。支持示例职业技术学院开设新能源汽车相关专业，每年培养技能人才2000人以上。（牵头单位：市人力资源社会保障局；责任单位：市委组织部、市教育局）
（四）保障要素供给。优先保障重点项目用地、用能指标，对列入省市重点项目的实行“拿地即开工”审批服务。（牵头单位：市自然资源和规划局；责任单位：市发展改革委、市生态环境局）
（五）加强督促考核。将产业链发展情况纳入各区（县）和市直有关部门年度目标绩效考核，工作专班每半年开展一次督查评估，确保各项任务落到实处。（牵头单位：市政府督查室；责任单位：市工业和信息化局）
附件：示例市新能源汽车产业链主要目标指标表
@table
抄送：市委各部门，市人大常委会办公室，市政协办公室。
示例市人民政府办公室　　2025年3月18日印发
"""

NEV_TABLE = [
    ["指标", "2024年", "2027年目标", "责任单位"],
    ["新能源汽车产量（万辆）", "12", "30", "市工业和信息化局"],
    ["产业链营业收入（亿元）", "560", "1200", "市工业和信息化局"],
    ["动力电池本地配套率（%）", "35", "60", "市发展改革委"],
    ["公共充电桩（万个）", "1.1", "2.5", "市发展改革委"],
]

# ---------------------------------------------------------------------------
# 2. reply to a CPPCC proposal (GBK txt, CRLF, full-width indentation)

CPPCC_REPLY = """\
@red 示例市工业和信息化局文件
示工信提复〔2025〕8号　　　　　　　　签发人：周建华
办理结果：A
@t 示例市工业和信息化局关于市政协十五届四次会议第0123号提案的答复
张明远委员：
您提出的《关于加快推动中小企业数字化转型的提案》（第0123号）收悉。经认真研究，并会同市发展改革委、市财政局、市科技局、市地方金融管理局共同办理，现答复如下：
感谢您对我市中小企业数字化转型工作的关心和支持。您在提案中指出的中小企业“不敢转、不会转、不能转”问题，切中当前工作难点；所提设立专项资金、培育服务商、建设公共平台等建议，具有很强的针对性和可操作性，我们高度重视，已在工作中积极吸收采纳。
一、主要工作开展情况
近年来，我局认真贯彻落实国家和省关于中小企业数字化转型的决策部署，会同有关部门重点做了以下工作：
一是强化政策引导。2024年，市政府出台《示例市制造业数字化转型实施方案（2024-2026年）》，市工业和信息化局、市财政局联合印发《示例市中小企业数字化转型专项资金管理办法》，对实施数字化改造的中小企业，按照软硬件投资额的20%给予最高200万元补助。全年共支持项目136个，兑现资金8600万元。
二是开展试点示范。我市入选第二批中小企业数字化转型试点城市，获得上级财政资金支持1.5亿元。围绕汽车零部件、电子信息、纺织服装等细分行业，遴选数字化转型“小灯塔”企业42家，总结推广典型案例30个，组织现场观摩活动12场，带动800余家中小企业“看样学样”。
三是培育服务生态。建立数字化转型服务商资源池，遴选示例智造云科技有限公司、示例数联信息技术有限公司等优质服务商56家，开发“小快轻准”数字化产品和解决方案120余个。依托示例市工业互联网公共服务平台，为中小企业提供免费诊断评估服务，累计完成诊断1500余家次。
四是加强金融支持。会同市地方金融管理局、人民银行示例市分行推出“数转贷”专属金融产品，2024年累计为230家企业发放贷款18.6亿元；市级财政对符合条件的数字化转型贷款给予1个百分点贴息。
五是加强人才培训。联合示例理工大学、示例职业技术学院开展“数字化转型领航者”培训，全年培训企业负责人和技术骨干3200人次，举办数字化转型专题讲座20场。
二、关于您提出的具体建议
关于“设立中小企业数字化转型专项资金”的建议。我局已会同市财政局设立专项资金，2025年预算安排1亿元，较上年增长25%。下一步将进一步优化资金使用方式，推广“服务券”模式，降低企业转型门槛。
关于“建设行业级公共服务平台”的建议。目前我市已建成汽车零部件、纺织服装2个行业级工业互联网平台。我们将支持龙头企业牵头建设电子信息行业平台，推动平台向产业链上下游中小企业开放。
关于“将数字化转型纳入绩效考核”的建议。我局将商市委组织部、市政府督查室研究，将中小企业数字化转型率纳入各区（县）高质量发展考核指标体系。
三、下一步工作打算
下一步，我局将认真吸纳您的意见建议，重点做好以下工作：一是实施中小企业数字化转型“千企改造”行动，到2026年全市规模以上工业企业数字化改造覆盖率达到85%以上；二是完善“诊断—改造—评估”全流程服务体系，加快培育本地优质服务商；三是深化产融合作，推动银行、保险、担保机构开发更多适配产品；四是加强数据安全保障，指导企业落实数据分类分级保护要求。
最后，再次感谢您对我市工业和信息化工作的关心和支持，欢迎继续提出宝贵意见和建议。
联系单位：示例市工业和信息化局中小企业处
联系人：李晓
联系电话：0000-12345678（示例号码）
@r 示例市工业和信息化局
@r 2025年6月20日
抄送：市政协提案委员会，市政府督查室。
"""

# ---------------------------------------------------------------------------
# 3. notice with numbered measures (pdf)

DIGITAL_MEASURES = """\
@red 示例市人民政府办公室文件
@c 示政办规〔2025〕5号
@t 示例市人民政府办公室关于印发《示例市支持数字经济高质量发展若干措施》的通知
各区（县）人民政府，示例高新区管委会，市政府各部门：
《示例市支持数字经济高质量发展若干措施》已经市政府第28次常务会议审议通过，现印发给你们，请结合实际认真组织实施。
附件：示例市数字经济重点产业目录
@r 示例市人民政府办公室
@r 2025年4月30日
@t 示例市支持数字经济高质量发展若干措施
为加快建设数字经济创新发展高地，推动数字技术与实体经济深度融合，制定以下措施。
一、培育壮大数字产业
1.支持企业做大做强。对首次入选“中国电子信息百强企业”“中国软件业务收入百强企业”的企业，一次性给予500万元奖励；对年营业收入首次突破10亿元、50亿元、100亿元的数字经济企业，分别给予100万元、300万元、500万元奖励。（责任单位：市工业和信息化局、市财政局）
2.鼓励招大引强。对新引进的数字经济重大项目，实际到位投资额超过1亿元的，按照设备投资额的10%给予最高3000万元补助。（责任单位：市商务局、市发展改革委）
3.支持专精特新发展。对新认定的国家级专精特新“小巨人”企业、省级专精特新中小企业，分别给予100万元、30万元奖励。（责任单位：市工业和信息化局）
二、提升创新能力
4.建设创新平台。对新获批的国家级、省级工程研究中心、企业技术中心、重点实验室，分别给予最高500万元、100万元资助。支持示例数据科技集团有限公司建设示例市人工智能公共算力平台，对中小企业使用平台算力按照费用的30%给予补贴，单个企业每年最高50万元。（责任单位：市科技局、市发展改革委、市数据局）
5.发放创新券。每年安排2000万元“数字创新券”，支持中小企业购买检验检测、研发设计、数据标注等服务，单个企业每年最高20万元。（责任单位：市科技局、市财政局）
6.推进标准建设。对主导制定数字经济领域国际标准、国家标准、行业标准的单位，分别给予50万元、30万元、20万元奖励。（责任单位：市市场监管局）
三、深化融合应用
7.推动智能化改造。对企业实施智能工厂、数字化车间项目，按照软硬件投资额的15%给予最高1000万元补助。对评为国家级、省级智能制造示范工厂的企业，分别给予300万元、100万元奖励。（责任单位：市工业和信息化局）
8.开放应用场景。每年发布“城市机会清单”，开放政务服务、智慧交通、智慧医疗等应用场景不少于50个。对纳入《示例市首台（套）数字化产品推广应用目录》的产品，鼓励各级预算单位通过政府采购优先采购，首购首用单位按照合同金额的20%给予最高200万元补贴。（责任单位：市数据局、市财政局、市工业和信息化局）
9.培育数据要素市场。支持示例数据交易中心有限公司建设数据产品交易平台，对在平台完成数据交易的企业，按照交易额的5%给予最高100万元奖励。（责任单位：市数据局、市发展改革委）
四、强化要素保障
10.加大金融支持。设立规模20亿元的示例市数字经济产业基金，重点投向人工智能、集成电路、工业软件等领域。对数字经济企业获得的银行贷款，按照贷款市场报价利率（LPR）的50%给予贴息，单个企业每年最高200万元。设立5000万元科技信贷风险补偿资金池。（责任单位：市财政局、市地方金融管理局）
11.落实税收优惠。落实软件企业、集成电路企业所得税“两免三减半”、高新技术企业15%企业所得税税率、研发费用加计扣除等政策。（责任单位：国家税务总局示例市税务局、市科技局）
12.集聚数字人才。对数字经济领域新引进的全职博士、硕士，分别给予每人10万元、5万元安家补贴；对入选“示例英才”计划的数字经济领军人才，给予最高300万元创业资助。（责任单位：市人力资源社会保障局、市委人才办）
13.保障网络设施。加快5G基站、千兆光网和算力中心建设，到2027年建成5G基站1.5万个。对新建的绿色数据中心给予电价优惠支持。（责任单位：市通信发展管理办公室、市发展改革委）
五、附则
14.本措施与我市其他同类政策有重复的，按照“就高不重复”原则执行。本措施自2025年6月1日起施行，有效期至2027年12月31日，由市工业和信息化局会同市财政局负责解释。
抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委。
示例市人民政府办公室　　2025年4月30日印发
"""

# ---------------------------------------------------------------------------
# 4. joint implementation opinions on talent (UTF-8 txt)

TALENT_OPINIONS = """\
@c 示例市人力资源和社会保障局　示例市财政局
@c 示例市科学技术局　示例市工业和信息化局
@c 示人社发〔2025〕21号
@t 关于实施“示例英才”计划加快集聚产业人才的实施意见
各区（县）人力资源社会保障局、财政局、科技局、工业和信息化局，示例高新区管委会，各有关单位：
为深入实施人才强市战略，加快集聚支撑现代化产业体系建设的各类人才，经市政府同意，现就实施“示例英才”计划提出如下意见。
一、总体目标
到2027年，全市新引进各类产业人才10万人，其中高层次人才5000人、高技能人才2万人；新建博士后科研工作站20家、技能大师工作室50家，人才资源总量达到180万人。
二、主要举措
（一）引进顶尖人才团队。面向新能源汽车、数字经济、生物医药等重点产业链，对引进的顶尖人才团队，经评审给予500万元至1000万元项目资助；对特别优秀的团队，采取“一事一议”方式给予最高1亿元综合资助。（牵头单位：市委人才办；责任单位：市人力资源社会保障局、市科技局）
（二）支持企业引才育才。对企业全职引进年薪50万元以上的高级管理和技术人才，按照其年薪的20%给予企业引才奖励，每家企业每年最高100万元。鼓励示例星河新能源汽车有限公司、示例蓝川动力电池股份有限公司等链主企业建设企业大学和实训基地，对认定为市级高技能人才培训基地的，给予50万元补助。（牵头单位：市人力资源社会保障局；责任单位：市工业和信息化局、市财政局）
（三）壮大青年人才队伍。对来示就业创业的全日制博士、硕士、本科毕业生，分别给予每月3000元、2000元、1000元生活补贴，补贴期限3年。建设青年人才驿站，为来示求职的高校毕业生提供7天免费住宿。（牵头单位：市人力资源社会保障局；责任单位：市住房城乡建设局、团市委）
（四）强化技能人才培养。推行“新八级工”职业技能等级制度，对取得高级技师、技师职业资格的人员分别给予5000元、3000元技能提升补贴。支持示例职业技术学院与企业共建产业学院，开展订单式培养。（牵头单位：市人力资源社会保障局；责任单位：市教育局）
（五）搭建人才发展平台。支持企业、高校和科研院所建设博士后科研工作站、创新实践基地，对新设立的国家级博士后科研工作站给予100万元建站资助。建设示例人才创新园，为入驻人才团队提供最长3年免租办公场所。（牵头单位：市人力资源社会保障局；责任单位：市科技局、示例高新区管委会）
（六）优化人才评价机制。开展工程技术领域职称评审改革，赋予链主企业高级职称自主评审权。推行以创新价值、能力、贡献为导向的人才评价标准，制定《示例市产业人才分类认定标准（试行）》。（牵头单位：市人力资源社会保障局；责任单位：市委人才办）
（七）深化人才开放合作。支持链主企业在北京、上海、深圳等城市设立“人才飞地”和离岸创新中心，经认定的给予每年最高50万元运营补贴；支持示例理工大学与境外高校共建联合实验室，柔性引进海外专家。（牵头单位：市委人才办；责任单位：市商务局、市科技局、示例理工大学）
三、服务保障
（一）落实安居保障。对认定的A、B、C类高层次人才，分别给予最高200万元、100万元、50万元购房补贴，或提供人才公寓免租入住。
（二）提供便利服务。为高层次人才发放“示例英才卡”，在子女入学、医疗保健、配偶就业、出入境等方面提供“一站式”服务。
（三）加强资金保障。市财政每年安排人才发展专项资金不少于3亿元，各区（县）按照不低于1:1比例配套。对人才个人取得的奖励和补贴，依法落实个人所得税相关优惠政策。
四、组织实施
各级人力资源社会保障部门要会同财政、科技、工业和信息化等部门建立协同工作机制，定期开展政策实施效果评估。本意见自印发之日起施行，有效期5年。此前有关规定与本意见不一致的，以本意见为准。
@r 示例市人力资源和社会保障局　　示例市财政局
@r 示例市科学技术局　　示例市工业和信息化局
@r 2025年5月12日
（此件主动公开）
"""

# ---------------------------------------------------------------------------
# 5. policy interpretation web page (html declared gb2312)

INTERPRETATION = """\
@t 《示例市支持数字经济高质量发展若干措施》政策解读
@c 发布时间：2025-05-08　来源：示例市工业和信息化局
一、出台背景
数字经济是推动经济高质量发展的重要引擎。近年来，我市数字经济规模持续扩大，2024年数字经济核心产业增加值达到820亿元，占地区生产总值比重达到9.6%。但与先进地区相比，仍存在龙头企业偏少、创新能力不强、数据要素市场发育不充分等短板。为此，市工业和信息化局会同市发展改革委、市数据局、市财政局等部门，在深入调研、广泛征求企业意见的基础上，起草了《示例市支持数字经济高质量发展若干措施》（以下简称《若干措施》），经市政府第28次常务会议审议通过，由示例市人民政府办公室印发实施（示政办规〔2025〕5号）。
二、主要内容
《若干措施》共五个部分14条。
（一）培育壮大数字产业（第1-3条）。对首次入选全国百强的电子信息和软件企业给予500万元奖励，对营业收入首次跨越10亿元、50亿元、100亿元台阶的企业给予梯度奖励，对新认定的专精特新企业给予奖励。
（二）提升创新能力（第4-6条）。支持建设工程研究中心、企业技术中心等创新平台，依托示例数据科技集团有限公司建设人工智能公共算力平台，每年安排2000万元“数字创新券”，对主导制定标准的单位给予奖励。
（三）深化融合应用（第7-9条）。对智能工厂、数字化车间项目给予最高1000万元补助，每年发布“城市机会清单”，对首台（套）数字化产品实行政府采购优先和首购首用补贴，支持示例数据交易中心有限公司建设数据产品交易平台。
（四）强化要素保障（第10-13条）。设立20亿元数字经济产业基金和5000万元科技信贷风险补偿资金池，对银行贷款给予贴息，落实软件和集成电路企业税收优惠，对新引进的博士、硕士给予安家补贴。
（五）附则（第14条）。明确“就高不重复”原则和政策有效期。
三、政策亮点
一是突出“真金白银”。14条措施中有11条明确了奖补标准，市级财政每年统筹安排资金约6亿元。二是突出场景驱动。通过“城市机会清单”和首台（套）产品推广，以应用场景带动技术迭代和产品推广。三是突出要素协同。把基金、信贷、税收、人才、算力等要素统筹起来，形成政策合力。
四、适用对象和申报方式
《若干措施》适用于在示例市依法登记注册、具有独立法人资格的企业和单位。奖补资金实行“免申即享”与“网上申报”相结合，企业可通过“示例政企通”平台查询政策、在线申报，市工业和信息化局会同市财政局按季度集中兑现。
五、常见问题
问：同一项目能否同时享受《若干措施》和其他市级政策？
答：按照“就高不重复”原则，同一项目符合多项市级政策的，按最高标准给予支持，不重复享受。
问：区（县）是否需要配套资金？
答：市级奖补资金由市财政承担；各区（县）可结合实际制定配套政策，具体由各区（县）人民政府确定。
问：首台（套）数字化产品目录如何申报？
答：由市工业和信息化局每年组织一次申报，经专家评审、社会公示后纳入目录，目录有效期为3年。
问：新引进博士、硕士的安家补贴如何领取？
答：符合条件的人才在与用人单位签订3年以上劳动合同并在本市缴纳社会保险后，可通过“示例政企通”平台提交申请，经市人力资源社会保障局审核后分两年发放。
六、解读机关及联系方式
解读机关：示例市工业和信息化局
联系电话：0000-87654321（示例号码）
"""

HTML_TEMPLATE = """\
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_示例市人民政府门户网站（示例）</title>
<meta name="SiteName" content="示例市人民政府门户网站">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-05-08 10:30">
<meta name="ContentSource" content="示例市工业和信息化局">
<meta name="ColumnName" content="政策解读">
<style>body {{ font-family: sans-serif; }} .nav a {{ margin: 0 8px; }}</style>
<script>var _pageId = "zcjd-2025-0508"; function share() {{ return "分享到微信"; }}</script>
</head>
<body>
<div class="top">示例市人民政府门户网站（示例站点）</div>
<nav class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a>
<a href="/zcjd/">政策解读</a><a href="/hdjl/">互动交流</a></nav>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策解读</div>
<div class="article">
{body}
</div>
<div class="share"><script>document.write(share());</script>【打印本页】【关闭窗口】</div>
<footer>
主办：示例市人民政府办公室（示例站点，内容为虚构）<br>
本页面为 policytext 演示语料，不是真实网页
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------

DOCS = [
    {
        "file": "nev_chain_action_plan.docx",
        "source": NEV_PLAN,
        "title": "示例市人民政府办公室关于印发《示例市新能源汽车产业链高质量发展行动方案"
        "（2025-2027年）》的通知",
        "issuer": "示例市人民政府办公室",
        "date": "2025-03-18",
        "format": "docx",
        "encoding": "",
        "doc_type": "通知（印发行动方案）",
    },
    {
        "file": "cppcc_proposal_reply.txt",
        "source": CPPCC_REPLY,
        "title": "示例市工业和信息化局关于市政协十五届四次会议第0123号提案的答复",
        "issuer": "示例市工业和信息化局",
        "date": "2025-06-20",
        "format": "txt",
        "encoding": "gbk",
        "doc_type": "提案答复",
    },
    {
        "file": "digital_economy_measures.pdf",
        "source": DIGITAL_MEASURES,
        "title": "示例市人民政府办公室关于印发《示例市支持数字经济高质量发展若干措施》的通知",
        "issuer": "示例市人民政府办公室",
        "date": "2025-04-30",
        "format": "pdf",
        "encoding": "",
        "doc_type": "通知（若干措施）",
    },
    {
        "file": "talent_program_opinions.txt",
        "source": TALENT_OPINIONS,
        "title": "关于实施“示例英才”计划加快集聚产业人才的实施意见",
        "issuer": "示例市人力资源和社会保障局;示例市财政局;示例市科学技术局;示例市工业和信息化局",
        "date": "2025-05-12",
        "format": "txt",
        "encoding": "utf-8",
        "doc_type": "实施意见（联合发文）",
    },
    {
        "file": "digital_economy_interpretation.html",
        "source": INTERPRETATION,
        "title": "《示例市支持数字经济高质量发展若干措施》政策解读",
        "issuer": "示例市工业和信息化局",
        "date": "2025-05-08",
        "format": "html",
        "encoding": "gb2312",
        "doc_type": "政策解读（网页）",
    },
]


def parse(source: str) -> list[tuple[str, str]]:
    """``(kind, text)`` lines; kind is body, red, t, c, r or table."""
    out = []
    for line in source.splitlines():
        if line.startswith("@table"):
            out.append(("table", ""))
        elif line.startswith("@"):
            kind, _, text = line[1:].partition(" ")
            out.append((kind, text))
        else:
            out.append(("body", line))
    return out


def plain_text(source: str, *, indent: str = "") -> str:
    """Text of a document as written to .txt (markers stripped, body indented)."""
    lines = []
    for kind, text in parse(source):
        if kind == "table":
            continue
        lines.append(indent + text if kind == "body" and indent else text)
    return "\n".join(lines) + "\n"


def build_docx(spec: dict, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    for kind, text in parse(spec["source"]):
        if kind == "table":
            table = document.add_table(rows=len(NEV_TABLE), cols=len(NEV_TABLE[0]))
            table.style = "Table Grid"
            for r, row in enumerate(NEV_TABLE):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            continue
        para = document.add_paragraph()
        run = para.add_run(text)
        run.font.size = Pt(14)
        if kind == "red":
            run.font.color.rgb = RGBColor(0xC0, 0, 0)
            run.font.size = Pt(26)
            run.bold = True
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "t":
            run.bold = True
            run.font.size = Pt(18)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section = document.sections[0]
    section.footer.paragraphs[0].text = "示例市人民政府办公室（示例文档，非真实文件）"
    props = document.core_properties
    props.title = spec["title"]
    props.author = spec["issuer"]
    props.comments = NOTE
    stamp = dt.datetime(2025, 3, 18, 9, 0, 0)
    props.created = props.modified = stamp
    props.last_modified_by = "policytext"
    props.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    # rewrite the zip with fixed timestamps so that rebuilding gives identical bytes
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 18, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


def build_pdf(spec: dict, path: Path, font: str) -> None:
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self) -> None:  # 公文 page number: "— 1 —"
            self.set_y(-18)
            self.set_font("cjk", size=12)
            self.cell(0, 10, f"— {self.page_no()} —", align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_font("cjk", fname=font)
    pdf.set_title(spec["title"])
    pdf.set_author(spec["issuer"])
    pdf.set_subject(NOTE)
    pdf.set_creator("policytext corpora/demo/build_demo.py")
    pdf.set_creation_date(dt.datetime(2025, 4, 30, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in parse(spec["source"]):
        if kind == "red":
            pdf.set_text_color(192, 0, 0)
            pdf.set_font("cjk", size=26)
            pdf.multi_cell(width, 16, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "t":
            pdf.set_font("cjk", size=17)
            pdf.ln(4)
            pdf.multi_cell(width, 10, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        else:
            pdf.set_font("cjk", size=14)
            align = {"c": "C", "r": "R"}.get(kind, "L")
            pdf.multi_cell(width, 8.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def build_html(spec: dict, path: Path) -> None:
    from html import escape

    parts = []
    for kind, text in parse(spec["source"]):
        if kind == "t":
            parts.append(f"<h1>{escape(text)}</h1>")
        elif kind == "c":
            parts.append(f'<div class="info">{escape(text)}</div>')
        elif text.startswith(("一、", "二、", "三、", "四、", "五、", "六、")):
            parts.append(f"<h3>{escape(text)}</h3>")
        else:
            parts.append(f'<p style="text-indent:2em">{escape(text)}</p>')
    page = HTML_TEMPLATE.format(title=escape(spec["title"]), body="\n".join(parts))
    path.write_bytes(page.encode("gb2312"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--font", help="CJK TrueType font (.ttf/.ttc) to embed in the PDF")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    font = args.font or next((f for f in FONT_CANDIDATES if Path(f).exists()), None)
    if font is None:
        ap.error("no CJK font found: install fonts-wqy-zenhei or pass --font")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for spec in DOCS:
        path = out / spec["file"]
        if spec["format"] == "docx":
            build_docx(spec, path)
        elif spec["format"] == "pdf":
            build_pdf(spec, path, font)
        elif spec["format"] == "html":
            build_html(spec, path)
        elif spec["encoding"] == "gbk":  # Windows-style: CRLF, full-width indentation
            text = plain_text(spec["source"], indent="\u3000\u3000")
            path.write_bytes(text.replace("\n", "\r\n").encode("gbk"))
        else:
            path.write_bytes(plain_text(spec["source"]).encode("utf-8"))
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    columns = ["file", "title", "issuer", "date", "format", "encoding", "doc_type", "note"]
    with open(out / "MANIFEST.tsv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(columns)
        for spec in DOCS:
            writer.writerow([spec.get(c, NOTE) if c != "note" else NOTE for c in columns])
    return 0


if __name__ == "__main__":
    sys.exit(main())
