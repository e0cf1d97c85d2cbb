/** The national template's fixed terms, in Chinese and English. */
export const TERMS = {
  basic: { name: '基本支出', nameEn: 'Basic spending' },
  project: { name: '项目支出', nameEn: 'Project spending' },
  personnel: { name: '人员经费', nameEn: 'Personnel' },
  publicOperating: { name: '公用经费', nameEn: 'Public (operating)' },
  abroad: { name: '因公出国（境）费', nameEn: 'Official travel abroad' },
  reception: { name: '公务接待费', nameEn: 'Official reception' },
  vehiclePurchase: { name: '公务用车购置费', nameEn: 'Official vehicle purchase' },
  vehicleOperation: { name: '公务用车运行维护费', nameEn: 'Official vehicle operation' },
} as const;
