/** Word lists for generated names, the same flavour as apps/server/src/seed/names.ts (pinyin for e-mail domains). */

export const CITIES = ['北京', '上海', '深圳', '广州', '杭州', '成都', '南京', '武汉', '苏州', '天津', '西安', '重庆'];
export const CITIES_PY = ['beijing', 'shanghai', 'shenzhen', 'guangzhou', 'hangzhou', 'chengdu', 'nanjing', 'wuhan', 'suzhou', 'tianjin', 'xian', 'chongqing'];
export const PROVINCES = ['北京市', '上海市', '广东省', '广东省', '浙江省', '四川省', '江苏省', '湖北省', '江苏省', '天津市', '陕西省', '重庆市'];
export const WORDS = ['星辰', '华信', '远景', '恒通', '瑞丰', '博雅', '天宇', '金桥', '中科', '新锐', '鼎盛', '汇智', '云帆', '启航', '创新', '宏达', '东方', '卓越'];
export const WORDS_PY = ['xingchen', 'huaxin', 'yuanjing', 'hengtong', 'ruifeng', 'boya', 'tianyu', 'jinqiao', 'zhongke', 'xinrui', 'dingsheng', 'huizhi', 'yunfan', 'qihang', 'chuangxin', 'hongda', 'dongfang', 'zhuoyue'];
export const TRADES = ['科技', '软件', '电子', '贸易', '物流', '制造', '医疗', '教育', '能源', '信息技术', '咨询', '食品'];
export const TRADE_INDUSTRIES = ['Software', 'Software', 'Manufacturing', 'Retail', 'Logistics', 'Manufacturing', 'Healthcare', 'Education', 'Energy', 'Software', 'Finance', 'Food'];
export const EN_ADJ = ['Blue', 'Northern', 'Silver', 'Bright', 'Pacific', 'Summit', 'Golden', 'Atlas', 'Evergreen', 'Nova', 'Harbor', 'Vertex'];
export const EN_NOUN = ['River', 'Peak', 'Bridge', 'Field', 'Stone', 'Wave', 'Forge', 'Lake', 'Pine', 'Orbit', 'Crest', 'Beacon'];
export const EN_SUFFIX = ['Systems', 'Logistics', 'Foods', 'Health', 'Energy', 'Software', 'Retail', 'Labs', 'Partners', 'Industries'];
export const SUFFIX_INDUSTRIES = ['Software', 'Logistics', 'Food', 'Healthcare', 'Energy', 'Software', 'Retail', 'Healthcare', 'Finance', 'Manufacturing'];
export const EN_LEGAL = ['', ' Inc.', ' Ltd.', ' Group', ' Co.'];
export const EN_COUNTRIES = ['United States', 'United Kingdom', 'Singapore', 'Australia', 'Canada', 'Germany'];
export const EN_CITIES = ['New York', 'London', 'Singapore', 'Sydney', 'Toronto', 'Berlin'];
export const CN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
export const CN_GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '建华', '晓东', '思远'];
export const EN_FIRST = ['James', 'Mary', 'John', 'Linda', 'David', 'Susan', 'Michael', 'Karen', 'Daniel', 'Emma', 'Oliver', 'Sophia'];
export const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright'];
export const TAGS = ['VIP', '重点客户', 'key-account', '渠道', 'newsletter', '续约', '高潜力', '政府', 'overseas', 'trial'];
export const CN_TITLES = ['总经理', '采购经理', '技术总监', '财务主管', 'IT 经理', '运营总监'];
export const EN_TITLES = ['CEO', 'Purchasing Manager', 'CTO', 'Finance Lead', 'IT Manager', 'Head of Operations'];
export const CN_ROLES = ['决策人', '采购', '技术', '财务'];
export const EN_ROLES = ['decision-maker', 'buyer', 'technical', 'finance'];
export const MOBILE_PREFIXES = ['138', '139', '150', '158', '186', '188'];
export const AREA_CODES = ['010', '021', '0755', '020', '0571', '028', '025', '027', '0512', '022', '029', '023'];
