import { readDevToken } from '../../dev/emulator/devToken';
import { devToken } from '../../src/auth/devTokenProvider';

it('makes tokens the emulator reads, æøå included', () => {
  const user = { oid: '1', upn: 'sekretaer@kommune.dk', name: 'Chefforums sekretær' };
  expect(readDevToken(devToken(user))).toEqual(user);
});
