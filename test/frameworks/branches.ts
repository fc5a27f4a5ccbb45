/** Three seed branches, as a framework app would hold them in its state. */
export const branches = [
  { value: 'deurne', label: 'Deurne', postcodes: '5750-5759', serves: 'Liessel, Vlierden' },
  { value: 'mierlo', label: 'Mierlo', postcodes: '5730-5739', serves: 'Lierop' },
  { value: 'helmond', label: 'Helmond', postcodes: '5700-5709', serves: 'Stiphout' },
];
