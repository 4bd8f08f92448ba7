import { describe, expect, it } from 'vitest';
import { shapeResponse } from '../../src/output/response.js';
import { PyFloat } from '../../src/python/values.js';

const OUTPUT = 'UpdateAssociationStatusResult';

describe('shapeResponse', () => {
  it('orders members as the model does and drops unknown and null members', () => {
    const data = shapeResponse(
      { Extra: 1, AssociationDescription: { InstanceId: 'i', Name: 'n', Unknown: true, DocumentVersion: null } },
      OUTPUT,
      'iso8601',
    );
    expect(JSON.stringify(data)).toBe('{"AssociationDescription":{"Name":"n","InstanceId":"i"}}');
  });

  it('keeps map keys in body order', () => {
    const data = shapeResponse({ AssociationDescription: { Overview: { AssociationStatusAggregatedCount: { b: 1n, a: 2n } } } }, OUTPUT, 'iso8601');
    expect(Object.keys((data.AssociationDescription as any).Overview.AssociationStatusAggregatedCount)).toEqual(['b', 'a']);
  });

  it('renders timestamps as isoformat() and keeps ints and floats apart', () => {
    const data = shapeResponse(
      { AssociationDescription: { Date: 1550507529.604, LastExecutionDate: '2019-02-18T16:32:09+05:30', ScheduleOffset: new PyFloat(3) } },
      OUTPUT,
      'iso8601',
    ) as any;
    expect(data.AssociationDescription.Date).toBe('2019-02-18T16:32:09.604000+00:00');
    expect(data.AssociationDescription.LastExecutionDate).toBe('2019-02-18T16:32:09+05:30');
    expect(data.AssociationDescription.ScheduleOffset).toEqual(new PyFloat(3));
  });

  it('passes timestamps through untouched in wire format', () => {
    const data = shapeResponse({ AssociationDescription: { Date: 1550507529.604 } }, OUTPUT, 'wire') as any;
    expect(data.AssociationDescription.Date).toBe(1550507529.604);
  });

  it('fails loudly, in the reference words, on what it cannot read', () => {
    expect(() => shapeResponse({ AssociationDescription: [] }, OUTPUT, 'iso8601')).toThrow(
      'The response does not fit the service model: response.AssociationDescription should be an object but is a list',
    );
    expect(() => shapeResponse({ AssociationDescription: new PyFloat(2) }, OUTPUT, 'iso8601')).toThrow(
      'The response does not fit the service model: response.AssociationDescription should be an object but is a number',
    );
    expect(() => shapeResponse({ AssociationDescription: { Date: 'yesterday' } }, OUTPUT, 'iso8601')).toThrow(
      'Invalid timestamp "yesterday": Unknown string format: yesterday',
    );
    expect(() => shapeResponse({ AssociationDescription: { Date: 253402300800n } }, OUTPUT, 'iso8601')).toThrow('year 10000 is out of range');
  });

  it('names the full path to a value that does not fit, through lists, maps and timestamps', () => {
    const fails = (body: unknown, output: string) => {
      try {
        shapeResponse(body, output, 'iso8601');
      } catch (error) {
        return (error as Error).message.replace('The response does not fit the service model: ', '');
      }
      throw new Error('shaped');
    };
    const list = { Associations: [{ Name: 'a' }, { Targets: [{ Key: 'k', Values: ['v'] }, { Values: 'v' }] }] };
    expect(fails(list, 'ListAssociationsResult')).toBe('response.Associations[1].Targets[1].Values should be a list but is a string');
    expect(fails({ AssociationDescription: { Parameters: { commands: ['ls'], 'working dir': 7 } } }, OUTPUT)).toBe(
      'response.AssociationDescription.Parameters.working dir should be a list but is a number',
    );
    expect(fails({ AssociationDescription: { Status: { Date: [] } } }, OUTPUT)).toBe('response.AssociationDescription.Status.Date should be a timestamp but is a list');
    expect(fails({ Associations: [{ Overview: null }, 'x'] }, 'ListAssociationsResult')).toBe('response.Associations[1] should be an object but is a string');
    expect(fails([], OUTPUT)).toBe('response should be an object but is a list');
  });
});
