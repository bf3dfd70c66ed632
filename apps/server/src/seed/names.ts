import type { Rng } from './random.ts';

// Word lists for realistic Chinese and English company and person names.
const CN_CITIES = ['北京', '上海', '深圳', '广州', '杭州', '成都', '南京', '武汉', '苏州', '天津', '西安', '重庆'];
const CN_WORDS = ['星辰', '华信', '远景', '恒通', '瑞丰', '博雅', '天宇', '金桥', '中科', '新锐', '鼎盛', '汇智', '云帆', '启航', '创新', '宏达', '东方', '卓越'];
const CN_TRADES = ['科技', '软件', '电子', '贸易', '物流', '制造', '医疗', '教育', '能源', '信息技术', '咨询', '食品'];
const EN_ADJ = ['Blue', 'Northern', 'Silver', 'Bright', 'Pacific', 'Summit', 'Golden', 'Atlas', 'Evergreen', 'Nova', 'Harbor', 'Vertex'];
const EN_NOUN = ['River', 'Peak', 'Bridge', 'Field', 'Stone', 'Wave', 'Forge', 'Lake', 'Pine', 'Orbit', 'Crest', 'Beacon'];
const EN_SUFFIX = ['Systems', 'Logistics', 'Foods', 'Health', 'Energy', 'Software', 'Retail', 'Labs', 'Partners', 'Industries'];
const CN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const CN_GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '建华', '晓东', '思远'];
const EN_FIRST = ['James', 'Mary', 'John', 'Linda', 'David', 'Susan', 'Michael', 'Karen', 'Daniel', 'Emma', 'Oliver', 'Sophia'];
const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright'];

export const INDUSTRIES = ['Software', 'Manufacturing', 'Retail', 'Finance', 'Healthcare', 'Logistics', 'Education', 'Energy', 'Food'];
export const CN_INDUSTRIES = ['软件', '制造', '零售', '金融', '医疗', '物流', '教育', '能源', '食品'];
export const CN_CONTACT_TITLES = ['总经理', '采购经理', '技术总监', '财务主管', 'IT 经理', '运营总监'];
export const EN_CONTACT_TITLES = ['CEO', 'Purchasing Manager', 'CTO', 'Finance Lead', 'IT Manager', 'Head of Operations'];

export function chineseCompany(r: Rng): { name: string; city: string } {
  const city = r.pick(CN_CITIES);
  return { name: `${city}${r.pick(CN_WORDS)}${r.pick(CN_TRADES)}有限公司`, city };
}

export function englishCompany(r: Rng): string {
  return `${r.pick(EN_ADJ)} ${r.pick(EN_NOUN)} ${r.pick(EN_SUFFIX)}`;
}

export const chinesePerson = (r: Rng) => `${r.pick(CN_SURNAMES)}${r.pick(CN_GIVEN)}`;
export const englishPerson = (r: Rng) => `${r.pick(EN_FIRST)} ${r.pick(EN_LAST)}`;

export function mobile(r: Rng): string {
  return `1${r.pick(['38', '39', '50', '58', '86', '88'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'co';
}
